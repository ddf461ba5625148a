import {
  buildCredential,
  buildStatusList,
  encodeForQr,
  encodePublicKey,
  generateKeyPair,
  signCredential,
  signRevocationList,
  signStatusList,
  verificationMethodOf,
  type CredentialInput,
  type KeyPair,
  type SignedCredential,
} from '@dari/credentials';

/** Throwaway keys and credentials signed with them, shaped like the API's. */
export function throwawayKey() {
  const keyPair = generateKeyPair();
  const multibase = encodePublicKey(keyPair.publicKey);
  return { keyPair, multibase, issuer: verificationMethodOf(keyPair.publicKey).split('#')[0] };
}

export const CREDENTIAL_ID = '3f8e2c1a-7b4d-4e9f-a2c6-5d1b8e0f9a37';
export const STATUS_INDEX = 7;
export const STATUS_LIST_URL = 'https://dari.example/certificates/status/1';

export function signedCertificate(keyPair: KeyPair, overrides: Partial<CredentialInput> = {}): SignedCredential {
  return signCredential(
    buildCredential({
      id: CREDENTIAL_ID,
      issuer: { id: 'did:key:test', name: '다리 보건일군 교육체계 (Dari)' },
      validFrom: '2026-11-22T09:00:00Z',
      holder: { name: '김영희', licenceNumber: 'PN-000001' },
      achievement: {
        id: 'https://dari.example/achievements/licences/midwife',
        type: 'License',
        name: '조산원 면허 갱신',
        description: 'Midwife licence',
        criteria: '갱신주기의 학점 요구를 충족하였다.',
        code: 'midwife',
      },
      validUntil: '2031-11-22T23:59:59Z',
      status: { listCredential: STATUS_LIST_URL, index: STATUS_INDEX },
      ...overrides,
    }),
    { privateKey: keyPair.privateKey },
  );
}

/** A certificate as issued before the status list: revoked through the legacy list of ids. */
export function legacyCertificate(keyPair: KeyPair): SignedCredential {
  const unsigned: Record<string, unknown> = { ...signedCertificate(keyPair) };
  delete unsigned.proof;
  return signCredential(
    {
      ...(unsigned as Omit<SignedCredential, 'proof'>),
      credentialStatus: { id: 'https://dari.example/certificates/revocations.json', type: 'DariRevocationList' },
    },
    { privateKey: keyPair.privateKey },
  );
}

export function qrText(credential: SignedCredential): string {
  return encodeForQr(credential);
}

/** A copy with the holder's name changed after signing. */
export function tampered(credential: SignedCredential): SignedCredential {
  const copy = structuredClone(credential);
  copy.credentialSubject.identifier[0].identityHash = '박영철';
  return copy;
}

export function revocationList(keyPair: KeyPair, updated: string, revoked: string[] = []) {
  return signRevocationList({ issuer: 'did:key:test', updated, revoked }, { privateKey: keyPair.privateKey });
}

export function statusList(keyPair: KeyPair, validFrom: string, revoked: number[] = []) {
  return signStatusList(buildStatusList({ id: STATUS_LIST_URL, issuer: 'did:key:test', validFrom, revoked }), {
    privateKey: keyPair.privateKey,
    created: validFrom,
  });
}
