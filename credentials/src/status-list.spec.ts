import { gunzipSync } from 'fflate';
import { base64urlnopad } from '@scure/base';
import type { DataIntegrityProof } from './data-integrity';
import { trustedKeys, verificationMethodOf } from './keys';
import { secure, verifyCredentialFully } from './linked-data';
import { buildStatusList, MIN_STATUS_LIST_BITS, verifyStatusList } from './status-list';
import { legacyCompletion, securedCompletion, STATUS_INDEX, STATUS_LIST, testKeyPair } from './testing/fixtures';
import { verifyCredential } from './verify';

const dari = testKeyPair(1);
const keys = trustedKeys([dari.publicKey]);
const now = new Date('2026-12-01T00:00:00Z');
const build = (revoked: number[], highestIndex?: number) =>
  buildStatusList({ id: STATUS_LIST, issuer: 'did:key:x', validFrom: '2026-12-01T00:00:00Z', revoked, highestIndex });

describe('buildStatusList and verifyStatusList', () => {
  it('encodes a GZIP-compressed, multibase base64url bitstring of at least 131,072 entries, index 0 the first high bit', () => {
    const list = build([0, 9]);
    expect(list.credentialSubject).toMatchObject({ id: `${STATUS_LIST}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation' });
    const bits = gunzipSync(base64urlnopad.decode(list.credentialSubject.encodedList.slice(1)));
    expect(bits.length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect([...bits.subarray(0, 3)]).toEqual([0b1000_0000, 0b0100_0000, 0]);
    expect(list.credentialSubject.encodedList.length).toBeLessThan(300);
  });

  it('grows in whole steps to hold the highest index assigned', () => {
    const bits = (list: ReturnType<typeof build>) =>
      gunzipSync(base64urlnopad.decode(list.credentialSubject.encodedList.slice(1))).length * 8;
    expect(bits(build([], MIN_STATUS_LIST_BITS - 1))).toBe(MIN_STATUS_LIST_BITS);
    expect(bits(build([], MIN_STATUS_LIST_BITS))).toBe(2 * MIN_STATUS_LIST_BITS);
    expect(() => build([-1])).toThrow('invalid status list index');
  });

  it('verifies a signed list and tells revoked indexes; refuses an altered one or a stranger’s', async () => {
    const signed = await secure(build([STATUS_INDEX]), { privateKey: dari.privateKey });
    const result = verifyStatusList(JSON.parse(JSON.stringify(signed)), { keys });
    if (!result.valid) throw new Error(result.reason);
    expect(result).toMatchObject({ id: STATUS_LIST, verificationMethod: verificationMethodOf(dari.publicKey), size: MIN_STATUS_LIST_BITS });
    expect([STATUS_INDEX - 1, STATUS_INDEX, STATUS_INDEX + 1, MIN_STATUS_LIST_BITS, -1].map(result.isRevoked)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);

    const credential = await securedCompletion(dari);
    expect(verifyCredential(credential, { keys, now, statusList: result }).reason).toBe('revoked');
    expect((await verifyCredentialFully(credential, { keys, now, statusList: result })).reason).toBe('revoked');

    const altered = { ...signed, credentialSubject: { ...signed.credentialSubject, encodedList: build([]).credentialSubject.encodedList } };
    expect(verifyStatusList(altered, { keys }).reason).toBe('bad_signature');
    const stranger = await secure(build([]), { privateKey: testKeyPair(2).privateKey });
    expect(verifyStatusList(stranger, { keys }).reason).toBe('unknown_key');
    for (const garbage of [
      null,
      {},
      { ...signed, credentialSubject: { ...signed.credentialSubject, statusPurpose: 'suspension' } },
      { ...signed, proof: undefined },
    ]) {
      expect(verifyStatusList(garbage, { keys }).valid).toBe(false);
    }
  });
});

describe('verifyCredentialFully', () => {
  it('checks the eddsa-rdfc-2022 proof the browser cannot: a changed rdfc proofValue is refused', async () => {
    const credential = await securedCompletion(dari);
    expect((await verifyCredentialFully(credential, { keys, now })).reason).toBe('ok');
    const [rdfc, jcs] = credential.proof as DataIntegrityProof[];
    const [otherRdfc] = (await securedCompletion(testKeyPair(2))).proof as DataIntegrityProof[];
    const forged = { ...credential, proof: [{ ...rdfc, proofValue: otherRdfc.proofValue }, jcs] };
    expect(verifyCredential(forged, { keys, now }).valid).toBe(true);
    expect((await verifyCredentialFully(forged, { keys, now })).reason).toBe('bad_signature');
  });

  it('requires the rdfc proof of a credential with a status list entry, not of a legacy one', async () => {
    const credential = await securedCompletion(dari);
    const jcsOnly = { ...credential, proof: (credential.proof as object[])[1] };
    expect((await verifyCredentialFully(jcsOnly, { keys, now })).reason).toBe('malformed');
    expect((await verifyCredentialFully(legacyCompletion(dari), { keys, now })).reason).toBe('ok');
  });
});
