import { base58 } from '@scure/base';
import { addProof, checkProof, toDateTime } from './data-integrity';
import { decodePublicKey, exportKeyPair, generateKeyPair, importKeyPair, publicKeyOf, trustedKeys, verificationMethodOf } from './keys';

// The eddsa-jcs-2022 test vector of W3C Data Integrity EdDSA Cryptosuites v1.0 (w3c/vc-di-eddsa,
// TestVectors/keyPair.json and TestVectors/eddsa-jcs-2022/signedJCS.json).
const W3C_PUBLIC_KEY = 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2';
const W3C_SECRET_KEY = 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq';
const W3C_METHOD = `https://vc.example/issuers/5678#${W3C_PUBLIC_KEY}`;
const W3C_UNSIGNED = {
  '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const W3C_SIGNED = {
  ...W3C_UNSIGNED,
  proof: {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: '2023-02-24T23:36:38Z',
    verificationMethod: W3C_METHOD,
    proofPurpose: 'assertionMethod',
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
    proofValue: 'z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4',
  },
};

describe('eddsa-jcs-2022', () => {
  const w3cKeys = { [W3C_METHOD]: decodePublicKey(W3C_PUBLIC_KEY) };

  it('reproduces the W3C test vector proof exactly', () => {
    const { privateKey } = importKeyPair({ publicKeyMultibase: W3C_PUBLIC_KEY, secretKeyMultibase: W3C_SECRET_KEY });
    const signed = addProof(W3C_UNSIGNED, { privateKey, verificationMethod: W3C_METHOD, created: '2023-02-24T23:36:38Z' });
    expect(signed).toEqual(W3C_SIGNED);
  });

  it('verifies the W3C test vector and rejects it altered', () => {
    expect(checkProof(W3C_SIGNED, w3cKeys)).toBe('ok');
    expect(checkProof({ ...W3C_SIGNED, name: 'Alumni Credential!' }, w3cKeys)).toBe('bad_signature');
    expect(checkProof({ ...W3C_SIGNED, proof: { ...W3C_SIGNED.proof, created: '2023-02-24T23:36:39Z' } }, w3cKeys)).toBe('bad_signature');
    expect(checkProof(W3C_SIGNED, {})).toBe('unknown_key');
  });

  it('refuses a document that has a proof already', () => {
    expect(() => addProof(W3C_SIGNED, { privateKey: generateKeyPair().privateKey })).toThrow('already has a proof');
  });

  it('rejects a proof whose @context differs from the document', () => {
    const proof = { ...W3C_SIGNED.proof, '@context': ['https://www.w3.org/ns/credentials/v2'] };
    expect(checkProof({ ...W3C_SIGNED, proof }, w3cKeys)).toBe('bad_signature');
  });

  it('treats a proofValue that is not a 64-byte base58btc signature as malformed', () => {
    for (const proofValue of ['', 'z', 'u' + W3C_SIGNED.proof.proofValue.slice(1), 'z0OIl', `z${base58.encode(new Uint8Array(63))}`]) {
      expect(checkProof({ ...W3C_SIGNED, proof: { ...W3C_SIGNED.proof, proofValue } }, w3cKeys)).toBe('malformed');
    }
  });

  it('finds only own properties of the key set', () => {
    const proof = { ...W3C_SIGNED.proof, verificationMethod: '__proto__' };
    expect(checkProof({ ...W3C_SIGNED, proof }, w3cKeys)).toBe('unknown_key');
  });
});

describe('keys', () => {
  it('exports and imports a key pair as Multikey strings', () => {
    const keyPair = generateKeyPair();
    const exported = exportKeyPair(keyPair);
    expect(exported.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(importKeyPair(JSON.parse(JSON.stringify(exported)))).toEqual(keyPair);
  });

  it('refuses a key file whose public key is not the secret key’s', () => {
    const exported = exportKeyPair(generateKeyPair());
    const other = exportKeyPair(generateKeyPair());
    expect(() => importKeyPair({ ...exported, publicKeyMultibase: other.publicKeyMultibase })).toThrow('does not match');
    expect(() => decodePublicKey(exported.secretKeyMultibase)).toThrow('not an Ed25519 Multikey');
  });

  it('names a key by its did:key verification method', () => {
    const publicKey = decodePublicKey(W3C_PUBLIC_KEY);
    expect(verificationMethodOf(publicKey)).toBe(`did:key:${W3C_PUBLIC_KEY}#${W3C_PUBLIC_KEY}`);
    expect(trustedKeys([W3C_PUBLIC_KEY])).toEqual({ [`did:key:${W3C_PUBLIC_KEY}#${W3C_PUBLIC_KEY}`]: publicKey });
    const { privateKey } = importKeyPair({ publicKeyMultibase: W3C_PUBLIC_KEY, secretKeyMultibase: W3C_SECRET_KEY });
    expect(publicKeyOf(privateKey)).toEqual(publicKey);
  });
});

describe('toDateTime', () => {
  it('writes UTC with whole seconds and refuses invalid dates', () => {
    expect(toDateTime(new Date('2026-11-22T18:30:00.123+09:00'))).toBe('2026-11-22T09:30:00Z');
    expect(toDateTime('2026-11-22T18:30:00+09:00')).toBe('2026-11-22T09:30:00Z');
    expect(() => toDateTime('2026-11-22')).toThrow(RangeError);
    expect(() => toDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
