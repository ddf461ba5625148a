import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_ID,
  legacyCertificate,
  qrText,
  revocationList,
  signedCertificate,
  STATUS_INDEX,
  statusList,
  tampered,
  throwawayKey,
} from '../../test/certificates';
import { storedKeys, storedRevocationList, storedStatusList } from './trustStore';
import { updateTrust, verifyText } from './verifier';

const ID = `urn:uuid:${CREDENTIAL_ID}`;
const NOW = new Date('2027-01-10T00:00:00Z');

describe('trust kept in this browser', () => {
  it('keeps every key it was ever served, so a retired key still verifies its certificates', () => {
    const old = throwawayKey();
    const current = throwawayKey();
    updateTrust({ publicKeyMultibase: old.multibase, revocationList: null });
    const trust = updateTrust({ publicKeyMultibase: current.multibase, revocationList: null });

    expect(storedKeys()).toEqual([old.multibase, current.multibase]);
    expect(trust.keyCount).toBe(2);
    expect(verifyText(qrText(signedCertificate(old.keyPair)), trust, NOW).valid).toBe(true);
    expect(verifyText(qrText(signedCertificate(current.keyPair)), trust, NOW).valid).toBe(true);
  });

  it('stores nothing that is not a public key', () => {
    updateTrust({ publicKeyMultibase: 'z6MkNOT-A-KEY', revocationList: null });
    expect(storedKeys()).toEqual([]);
  });

  it('keeps the newest verified revocation list and ignores an older one served later', () => {
    const key = throwawayKey();
    const newer = revocationList(key.keyPair, '2027-01-05T10:00:00Z', [ID]);
    updateTrust({ publicKeyMultibase: key.multibase, revocationList: newer });
    // A replayed older list, validly signed, from before the revocation.
    const trust = updateTrust({ publicKeyMultibase: key.multibase, revocationList: revocationList(key.keyPair, '2027-01-01T10:00:00Z') });

    expect(storedRevocationList()).toEqual(newer);
    expect(trust.revocations?.updated).toBe('2027-01-05T10:00:00Z');
    expect(verifyText(qrText(legacyCertificate(key.keyPair)), trust, NOW)).toMatchObject({
      valid: false,
      reason: 'revoked',
      asOf: '2027-01-05T10:00:00Z',
    });
  });

  it('takes a list of the same second as the stored one: it may hold a revocation made within that second', () => {
    const key = throwawayKey();
    updateTrust({ publicKeyMultibase: key.multibase, revocationList: revocationList(key.keyPair, '2027-01-05T10:00:00Z') });
    const trust = updateTrust({
      publicKeyMultibase: key.multibase,
      revocationList: revocationList(key.keyPair, '2027-01-05T10:00:00Z', [ID]),
    });
    expect(verifyText(qrText(legacyCertificate(key.keyPair)), trust, NOW)).toMatchObject({ valid: false, reason: 'revoked' });
  });

  it('ignores a list with a bad signature or signed by another key', () => {
    const key = throwawayKey();
    const stored = revocationList(key.keyPair, '2027-01-01T10:00:00Z', [ID]);
    updateTrust({ publicKeyMultibase: key.multibase, revocationList: stored });
    const forged = { ...revocationList(key.keyPair, '2027-01-09T10:00:00Z', [ID]), revoked: [] };
    expect(updateTrust({ publicKeyMultibase: key.multibase, revocationList: forged }).revocations?.updated).toBe('2027-01-01T10:00:00Z');
    const foreign = revocationList(throwawayKey().keyPair, '2027-01-09T10:00:00Z');
    expect(updateTrust({ publicKeyMultibase: key.multibase, revocationList: foreign }).revocations?.updated).toBe('2027-01-01T10:00:00Z');
    expect(storedRevocationList()).toEqual(stored);
  });

  it('verifies with what is stored when the server is unreachable', () => {
    const key = throwawayKey();
    updateTrust({ publicKeyMultibase: key.multibase, revocationList: revocationList(key.keyPair, '2027-01-05T10:00:00Z') });
    const offline = updateTrust({ publicKeyMultibase: null, revocationList: null });

    expect(offline.revocations?.updated).toBe('2027-01-05T10:00:00Z');
    expect(verifyText(qrText(signedCertificate(key.keyPair)), offline, NOW).valid).toBe(true);
  });
});

describe('status list and key rotation', () => {
  it('reads a certificate’s revocation from the newest verified status list, by index, and keeps it offline', () => {
    const key = throwawayKey();
    const keys = [
      {
        publicKeyMultibase: key.multibase,
        status: 'current',
        compromisedSince: null,
        statusListCredential: 'https://dari.example/certificates/status/1',
      },
    ];
    const revoked = statusList(key.keyPair, '2027-01-05T10:00:00Z', [STATUS_INDEX]);
    updateTrust({ publicKeyMultibase: key.multibase, keys, statusList: revoked, revocationList: null });
    // A replayed older list, validly signed, from before the revocation.
    const trust = updateTrust({
      publicKeyMultibase: key.multibase,
      keys,
      statusList: statusList(key.keyPair, '2027-01-01T10:00:00Z'),
      revocationList: null,
    });
    expect(storedStatusList()).toEqual(revoked);
    const certificate = qrText(signedCertificate(key.keyPair));
    expect(verifyText(certificate, trust, NOW)).toMatchObject({ valid: false, reason: 'revoked', asOf: '2027-01-05T10:00:00Z' });
    expect(verifyText(certificate, updateTrust({ publicKeyMultibase: null, revocationList: null }), NOW)).toMatchObject({
      reason: 'revoked',
    });
    // A revoked id in the signed list of ids counts too, whatever the certificate's status entry.
    const other = throwawayKey();
    const legacyOnly = updateTrust({
      publicKeyMultibase: other.multibase,
      statusList: statusList(other.keyPair, '2027-01-05T10:00:00Z'),
      revocationList: revocationList(other.keyPair, '2027-01-05T10:00:00Z', [ID]),
    });
    expect(verifyText(qrText(signedCertificate(other.keyPair)), legacyOnly, NOW)).toMatchObject({ valid: false, reason: 'revoked' });
  });

  it('learns every served key and keeps a compromise mark: what the key signed from then on is refused', () => {
    const old = throwawayKey();
    const current = throwawayKey();
    const served = (compromisedSince: string | null) => [
      {
        publicKeyMultibase: old.multibase,
        status: compromisedSince ? 'compromised' : 'retired',
        compromisedSince,
        statusListCredential: 'https://dari.example/certificates/status/1',
      },
      {
        publicKeyMultibase: current.multibase,
        status: 'current',
        compromisedSince: null,
        statusListCredential: 'https://dari.example/certificates/status/2',
      },
    ];
    const certificate = qrText(signedCertificate(old.keyPair)); // signed now
    expect(updateTrust({ publicKeyMultibase: current.multibase, keys: served(null), revocationList: null }).keyCount).toBe(2);
    // Marked from a later time: what the key signed before still verifies.
    let trust = updateTrust({ publicKeyMultibase: current.multibase, keys: served('2099-01-01T00:00:00Z'), revocationList: null });
    expect(verifyText(certificate, trust, NOW).valid).toBe(true);
    // Marked from an earlier time (the earliest mark wins); kept offline and if a server later forgets it.
    updateTrust({ publicKeyMultibase: current.multibase, keys: served('2026-01-01T00:00:00Z'), revocationList: null });
    trust = updateTrust({ publicKeyMultibase: current.multibase, keys: served(null), revocationList: null });
    expect(verifyText(certificate, trust, NOW)).toEqual({ valid: false, reason: 'compromised_key' });
    expect(verifyText(qrText(signedCertificate(current.keyPair)), trust, NOW).valid).toBe(true);
  });
});

describe('verifyText', () => {
  const key = throwawayKey();
  const trust = () =>
    updateTrust({ publicKeyMultibase: key.multibase, revocationList: revocationList(key.keyPair, '2027-01-05T10:00:00Z') });
  const certificate = signedCertificate(key.keyPair);

  it('reads QR text and JSON, and gives the facts of a valid certificate', () => {
    const facts = {
      holderName: '김영희',
      title: '조산원 면허 갱신',
      issuedOn: '2026-11-22T09:00:00Z',
      validUntil: '2031-11-22T23:59:59Z',
      licenceNumber: 'PN-000001',
      issuer: '다리 보건일군 교육체계 (Dari)',
    };
    expect(verifyText(qrText(certificate), trust(), NOW)).toEqual({
      valid: true,
      facts: { ...facts, shortCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/) },
    });
    expect(verifyText(`  ${JSON.stringify(certificate, null, 2)}\n`, trust(), NOW)).toMatchObject({ valid: true, facts });
  });

  it('names each failure, and says nothing of a tampered certificate', () => {
    expect(verifyText(qrText(tampered(certificate)), trust(), NOW)).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verifyText(JSON.stringify(tampered(certificate)), trust(), NOW)).toEqual({ valid: false, reason: 'bad_signature' });
    expect(verifyText(qrText(signedCertificate(throwawayKey().keyPair)), trust(), NOW)).toEqual({ valid: false, reason: 'unknown_key' });
    expect(verifyText(qrText(certificate), trust(), new Date('2032-01-01T00:00:00Z'))).toMatchObject({
      valid: false,
      reason: 'expired',
      facts: { holderName: '김영희' },
    });
    expect(verifyText(qrText(certificate), trust(), new Date('2026-11-01T00:00:00Z'))).toMatchObject({
      valid: false,
      reason: 'not_yet_valid',
    });
    for (const garbage of ['DARI1:NOT-A-CREDENTIAL', '{"hello": 1}', '{not json', 'PGGV-1TP7-34', '']) {
      expect(verifyText(garbage, trust(), NOW)).toEqual({ valid: false, reason: 'malformed' });
    }
  });

  it('says so when this browser has never had a key', () => {
    expect(verifyText(qrText(certificate), updateTrust({ publicKeyMultibase: null, revocationList: null }), NOW)).toEqual({
      valid: false,
      reason: 'no_keys',
    });
  });
});
