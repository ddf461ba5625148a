import { trustedKeys, verificationMethodOf } from './keys';
import { signRevocationList, verifyRevocationList } from './revocation';
import { ISSUER, legacyCompletion, testKeyPair } from './testing/fixtures';
import { verifyCredential } from './verify';

const dari = testKeyPair(1);
const keys = trustedKeys([dari.publicKey]);
const REVOKED = ['urn:uuid:3f8e2c1a-7b4d-4e9f-a2c6-5d1b8e0f9a37', 'urn:uuid:0b7c4a52-1d3e-4f60-9a8b-2c5d6e7f8091'];

function signedList(revoked: Iterable<string> = REVOKED) {
  return signRevocationList({ issuer: ISSUER.id, updated: '2026-12-01T06:00:00Z', revoked }, { privateKey: dari.privateKey });
}

describe('revocation list', () => {
  it('is signed with the ids sorted and without duplicates', () => {
    const list = signedList([...REVOKED, REVOKED[0]]);
    expect(list).toMatchObject({ type: 'DariRevocationList', issuer: ISSUER.id, updated: '2026-12-01T06:00:00Z' });
    expect(list.revoked).toEqual([...REVOKED].sort());
    expect(list.proof.verificationMethod).toBe(verificationMethodOf(dari.publicKey));
    expect(list.proof).not.toHaveProperty('@context');
  });

  it('verifies, and revokes a credential when checked against it', () => {
    const result = verifyRevocationList(JSON.parse(JSON.stringify(signedList())), { keys });
    expect(result).toEqual({ valid: true, reason: 'ok', issuer: ISSUER.id, updated: '2026-12-01T06:00:00Z', revoked: new Set(REVOKED) });
    if (!result.valid) throw new Error('unreachable');
    const credential = legacyCompletion(dari);
    expect(verifyCredential(credential, { keys, revoked: result.revoked, now: new Date('2027-01-01T00:00:00Z') }).reason).toBe('revoked');
  });

  it('detects a removed, added or changed entry and a changed date', () => {
    const list = signedList();
    const tampered = [
      { ...list, revoked: list.revoked.slice(1) },
      { ...list, revoked: [...list.revoked, 'urn:uuid:00000000-0000-4000-8000-000000000000'] },
      { ...list, revoked: [list.revoked[0].replace(/.$/, '8'), list.revoked[1]] },
      { ...list, updated: '2026-12-02T06:00:00Z' },
      { ...list, issuer: 'https://dari.example/other' },
    ];
    for (const value of tampered) expect(verifyRevocationList(value, { keys }).reason).toBe('bad_signature');
  });

  it('does not trust a list signed by another key', () => {
    const stranger = testKeyPair(2);
    const list = signRevocationList({ issuer: ISSUER.id, updated: new Date(), revoked: [] }, { privateKey: stranger.privateKey });
    expect(verifyRevocationList(list, { keys }).reason).toBe('unknown_key');
  });

  it('calls anything else malformed, without throwing', () => {
    const list = signedList();
    for (const value of [
      null,
      'list',
      [],
      {},
      { ...list, revoked: [1] },
      { ...list, revoked: 'all' },
      { ...list, type: 'StatusList2021' },
      { ...list, proof: undefined },
    ]) {
      expect(verifyRevocationList(value, { keys })).toEqual({ valid: false, reason: 'malformed' });
    }
  });
});
