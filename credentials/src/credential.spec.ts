import { buildCredential, OB_V3_CONTEXT, VC_V2_CONTEXT } from './credential';
import { trustedKeys, verificationMethodOf } from './keys';
import { completionInput, ISSUER, signedCompletion, STATUS_LIST, testKeyPair } from './testing/fixtures';
import { signCredential, verifyCredential } from './verify';

const dari = testKeyPair(1);
const keys = trustedKeys([dari.publicKey]);
const now = new Date('2026-12-01T00:00:00Z');

describe('buildCredential', () => {
  it('builds an Open Badges 3.0 credential with the Dari facts in standard properties', () => {
    const credential = buildCredential(completionInput());
    expect(credential).toEqual({
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: 'urn:uuid:3f8e2c1a-7b4d-4e9f-a2c6-5d1b8e0f9a37',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: '결핵 1차 진료 과정 수료',
      issuer: { id: ISSUER.id, type: ['Profile'], name: ISSUER.name },
      validFrom: '2026-11-22T09:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: '리영희' }],
        licenseNumber: '평양-의-2019-004417',
        creditsEarned: 24,
        achievement: expect.objectContaining({
          id: 'https://dari.example/achievements/curricula/tb-primary',
          type: ['Achievement'],
          achievementType: 'CertificateOfCompletion',
          name: '결핵 1차 진료 과정 수료',
          criteria: { narrative: expect.stringContaining('80점 이상') },
          fieldOfStudy: '결핵',
          humanCode: 'tb-primary',
        }),
      },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '94567',
        statusListCredential: STATUS_LIST,
      },
    });
  });

  it('writes a licence renewal with its expiry and leaves out what was not given', () => {
    const input = completionInput({
      validUntil: new Date('2031-11-22T09:00:00.500Z'),
      holder: { name: '김철', licenceNumber: '함북-간-2015-000123' },
    });
    input.achievement = { ...input.achievement, type: 'License', topic: undefined, code: undefined };
    const credential = buildCredential(input);
    expect(credential.validUntil).toBe('2031-11-22T09:00:00Z');
    expect(credential.credentialSubject).not.toHaveProperty('creditsEarned');
    expect(credential.credentialSubject.achievement).not.toHaveProperty('fieldOfStudy');
    expect(credential.credentialSubject.achievement).not.toHaveProperty('humanCode');
    expect(credential.credentialSubject.achievement.achievementType).toBe('License');
  });

  it('refuses invalid input', () => {
    expect(() => buildCredential(completionInput({ id: 'not-a-uuid' }))).toThrow('id must be a UUID');
    expect(() => buildCredential(completionInput({ holder: { name: ' ' } }))).toThrow('holder.name must not be empty');
    expect(() => buildCredential(completionInput({ holder: { name: '리영희', creditHours: -1 } }))).toThrow('creditHours');
    expect(() => buildCredential(completionInput({ validFrom: '22.11.2026' }))).toThrow('invalid date-time');
    expect(() => buildCredential(completionInput({ validUntil: '2026-11-22T09:00:00Z' }))).toThrow('validUntil must be after');
    expect(() => buildCredential(completionInput({ status: { listCredential: STATUS_LIST, index: -1 } }))).toThrow('status.index');
    expect(() => buildCredential(completionInput({ status: { listCredential: ' ', index: 1 } }))).toThrow(
      'status.listCredential must not be empty',
    );
  });
});

describe('signCredential and verifyCredential', () => {
  const signed = signedCompletion(dari);

  it('signs with a did:key verification method and verifies', () => {
    expect(signed.proof).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      created: '2026-11-22T09:00:05Z',
      verificationMethod: verificationMethodOf(dari.publicKey),
      proofPurpose: 'assertionMethod',
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    });
    expect(!Array.isArray(signed.proof) && signed.proof.proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{86,88}$/);
    expect(verifyCredential(signed, { keys, now })).toEqual({ valid: true, reason: 'ok', credential: signed });
    expect(verifyCredential(JSON.parse(JSON.stringify(signed)), { keys, now }).valid).toBe(true);
  });

  it('detects one changed character in any field', () => {
    // Fields the shape or the proof check reads first fail there; every other change breaks the signature.
    const otherwise: Record<string, string> = {
      '/@context/0': 'malformed',
      '/@context/1': 'malformed',
      '/type/0': 'malformed',
      '/type/1': 'malformed',
      '/credentialSubject/identifier/0/identityType': 'malformed',
      '/credentialSubject/identifier/0/hashed': 'malformed',
      '/credentialStatus/statusPurpose': 'malformed',
      '/credentialStatus/type': 'malformed',
      '/proof/type': 'malformed',
      '/proof/cryptosuite': 'malformed',
      '/proof/proofPurpose': 'malformed',
      '/proof/verificationMethod': 'unknown_key',
    };
    const leaves = leafPaths(signed);
    expect(leaves.length).toBeGreaterThan(30);
    for (const path of leaves) {
      const tampered = JSON.parse(JSON.stringify(signed));
      changeOneCharacter(tampered, path);
      expect({ path, reason: verifyCredential(tampered, { keys, now }).reason }).toEqual({
        path,
        reason: otherwise[path] ?? 'bad_signature',
      });
    }
  });

  it('detects added and removed fields', () => {
    const added = { ...signed, credentialSubject: { ...signed.credentialSubject, creditsEarned: 240 } };
    expect(verifyCredential(added, { keys, now }).reason).toBe('bad_signature');
    const removed = structuredClone(signed);
    delete removed.credentialSubject.creditsEarned;
    expect(verifyCredential(removed, { keys, now }).reason).toBe('bad_signature');
    const withoutStatus: Record<string, unknown> = { ...signed };
    delete withoutStatus.credentialStatus;
    expect(verifyCredential(withoutStatus, { keys, now }).reason).toBe('malformed');
  });

  it('does not trust another key, even when the credential claims ours', () => {
    const stranger = testKeyPair(2);
    expect(verifyCredential(signedCompletion(stranger), { keys, now }).reason).toBe('unknown_key');
    const forged = signCredential(buildCredential(completionInput()), {
      privateKey: stranger.privateKey,
      verificationMethod: verificationMethodOf(dari.publicKey),
    });
    expect(verifyCredential(forged, { keys, now }).reason).toBe('bad_signature');
  });

  it('accepts every key of the key set, e.g. after a key rotation', () => {
    const next = testKeyPair(3);
    expect(verifyCredential(signedCompletion(next), { keys: trustedKeys([dari.publicKey, next.publicKey]), now }).valid).toBe(true);
  });

  it('reports a credential revoked in the status list, by its index', () => {
    const listWith = (...indexes: number[]) => ({ isRevoked: (index: number) => indexes.includes(index) });
    expect(verifyCredential(signed, { keys, now, statusList: listWith(94_567) }).reason).toBe('revoked');
    expect(verifyCredential(signed, { keys, now, statusList: listWith(94_566, 94_568) }).valid).toBe(true);
    // A revoked id counts too: a server knows by id what another install revoked (its indexes are that install's).
    expect(verifyCredential(signed, { keys, now, revoked: new Set([signed.id]) })).toMatchObject({ valid: false, reason: 'revoked' });
  });

  it('refuses what a compromised key signed from the time it was marked, and only that', () => {
    const method = verificationMethodOf(dari.publicKey);
    expect(verifyCredential(signed, { keys, now, compromised: { [method]: '2026-11-22T09:00:05Z' } }).reason).toBe('compromised_key');
    expect(verifyCredential(signed, { keys, now, compromised: { [method]: '2026-11-22T09:00:06Z' } }).valid).toBe(true);
    expect(
      verifyCredential(signed, { keys, now, compromised: { [verificationMethodOf(testKeyPair(2).publicKey)]: '2000-01-01T00:00:00Z' } })
        .valid,
    ).toBe(true);
  });

  it('checks validFrom and validUntil against now', () => {
    const licence = signCredential(buildCredential(completionInput({ validUntil: '2031-11-22T09:00:00Z' })), {
      privateKey: dari.privateKey,
    });
    const at = (iso: string) => verifyCredential(licence, { keys, now: new Date(iso) }).reason;
    expect(at('2026-11-22T08:59:59Z')).toBe('not_yet_valid');
    expect(at('2026-11-22T09:00:00Z')).toBe('ok');
    expect(at('2031-11-22T08:59:59Z')).toBe('ok');
    expect(at('2031-11-22T09:00:00Z')).toBe('expired');
    expect(verifyCredential(signed, { keys, now: new Date('2099-01-01T00:00:00Z') }).reason).toBe('ok');
  });

  it('calls anything else malformed, without throwing', () => {
    const cyclic: Record<string, unknown> = { ...signed };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({ ...signed }, 'validFrom', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const unsigned: Record<string, unknown> = { ...signed };
    delete unsigned.proof;
    const garbage: unknown[] = [
      null,
      undefined,
      '',
      'DARI1:garbage',
      42,
      [],
      [signed],
      {},
      unsigned,
      { ...signed, proof: null },
      { ...signed, proof: { ...signed.proof, proofValue: 42 } },
      { ...signed, validFrom: 'yesterday' },
      { ...signed, credentialSubject: { ...signed.credentialSubject, identifier: [] } },
      { ...signed, credentialSubject: { ...signed.credentialSubject, extra: 10n } },
      cyclic,
      hostile,
    ];
    for (const value of garbage) {
      expect(verifyCredential(value, { keys, now })).toEqual({ valid: false, reason: 'malformed' });
    }
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leafPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [path];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, `${path}/${key}`));
}

/** Changes one character of a leaf (its last digit if it has one, else its last character); numbers +1. */
function changeOneCharacter(root: Json, path: string): void {
  const keys = path.split('/').slice(1);
  const last = keys.pop() as string;
  const parent = keys.reduce<Json>((node, key) => (node as Record<string, Json>)[key], root) as Record<string, Json>;
  const value = parent[last];
  if (typeof value === 'number') {
    parent[last] = value + 1;
  } else if (typeof value === 'boolean') {
    parent[last] = !value;
  } else if (typeof value === 'string') {
    const digit = value.search(/\d(?!.*\d)/);
    parent[last] =
      digit >= 0
        ? value.slice(0, digit) + String(value[digit] === '9' ? 8 : Number(value[digit]) + 1) + value.slice(digit + 1)
        : value.slice(0, -1) + String.fromCharCode(value.charCodeAt(value.length - 1) + 1);
  } else {
    throw new Error(`not a leaf: ${path}`);
  }
}
