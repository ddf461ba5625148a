import QRCode from 'qrcode';
import { decodeBase45, encodeBase45 } from './base45';
import { trustedKeys } from './keys';
import { GOLDEN_QR_V1, legacyCompletion, securedCompletion, signedCompletion, testKeyPair } from './testing/fixtures';
import { decodeFromQr, encodeForQr, normalizeShortCode, QR_PREFIX, shortCode } from './transport';
import { verifyCredential } from './verify';

/** Alphanumeric characters a version 25 QR code holds at error correction M (ISO/IEC 18004, table 7). */
const V25_M_ALPHANUMERIC = 1451;

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('base45 (RFC 9285)', () => {
  it.each([
    ['AB', 'BB8'],
    ['Hello!!', '%69 VD92EX0'],
    ['base-45', 'UJCLQE7W581'],
    ['ietf!', 'QED8WEX0'],
  ])('encodes %j as %j and back', (text, encoded) => {
    expect(encodeBase45(utf8(text))).toBe(encoded);
    expect(decodeBase45(encoded)).toEqual(utf8(text));
  });

  it('refuses what is not base45', () => {
    expect(() => decodeBase45('GGW')).toThrow('out of range'); // 65535 < 'GGW' (RFC 9285 section 4.2)
    expect(() => decodeBase45('ABCD')).toThrow('invalid length');
    expect(() => decodeBase45('ab')).toThrow('invalid character');
  });
});

describe('encodeForQr and decodeFromQr', () => {
  let signed: Awaited<ReturnType<typeof securedCompletion>>;
  const keys = trustedKeys([testKeyPair(1).publicKey]);
  beforeAll(async () => {
    signed = await securedCompletion();
  });

  it('round-trips a credential in QR alphanumeric characters', () => {
    const text = encodeForQr(signed);
    expect(text.startsWith(QR_PREFIX)).toBe(true);
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(decodeFromQr(text)).toEqual(signed);
    expect(verifyCredential(decodeFromQr(text), { keys, now: new Date('2027-01-01T00:00:00Z') }).valid).toBe(true);
  });

  it('fits a 2.4 KB Korean credential with its two proofs in a version 25 QR code at error correction M', () => {
    expect(new TextEncoder().encode(JSON.stringify(signed)).length).toBeGreaterThan(2400);
    const text = encodeForQr(signed);
    expect(text.length).toBeLessThan(0.87 * V25_M_ALPHANUMERIC);
    expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(23);
    // The capacity above is the one a QR encoder uses.
    expect(QRCode.create('A'.repeat(V25_M_ALPHANUMERIC), { errorCorrectionLevel: 'M' }).version).toBe(25);
    expect(QRCode.create('A'.repeat(V25_M_ALPHANUMERIC + 1), { errorCorrectionLevel: 'M' }).version).toBe(26);
  });

  it('still decodes a QR code printed by the first version of the format', () => {
    expect(decodeFromQr(GOLDEN_QR_V1)).toEqual(legacyCompletion());
    expect(verifyCredential(decodeFromQr(GOLDEN_QR_V1), { keys, now: new Date('2027-01-01T00:00:00Z') }).valid).toBe(true);
  });

  it('returns null for anything else, without throwing', () => {
    const text = encodeForQr(signed);
    for (const garbage of [
      '',
      'DARI1:',
      'https://dari.example/verify',
      text.slice(QR_PREFIX.length),
      text.toLowerCase(),
      text.slice(0, -5),
      `DARI1:${text.slice(QR_PREFIX.length)}`,
      `DARI3:${text.slice(QR_PREFIX.length)}`,
      `${QR_PREFIX}${encodeBase45(utf8('{"not":"deflated"}'))}`,
      `${text}${'0'.repeat(4296)}`,
      null as unknown as string,
    ]) {
      expect(decodeFromQr(garbage)).toBeNull();
    }
  });
});

describe('shortCode', () => {
  const signed = signedCompletion();

  it('is stable, grouped XXXX-XXXX-XX in Crockford base32, and differs between credentials', () => {
    expect(shortCode(signed)).toBe(shortCode(JSON.parse(JSON.stringify(signed))));
    expect(shortCode(signed)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    expect(shortCode(legacyCompletion())).toBe('PGGV-1TP7-34');
    expect(shortCode(signedCompletion(testKeyPair(2)))).not.toBe(shortCode(signed));
  });

  it('normalizes what staff type or hear', () => {
    expect(normalizeShortCode('pggv 1tp7 34')).toBe('PGGV-1TP7-34');
    expect(normalizeShortCode(' PGGV-1TP7-34 ')).toBe('PGGV-1TP7-34');
    expect(normalizeShortCode('oIlL-0000-00')).toBe('0111-0000-00');
    expect(normalizeShortCode('PGGV-1TP7-3')).toBeNull();
    expect(normalizeShortCode('PGGV-1TP7-3U')).toBeNull();
    expect(normalizeShortCode('')).toBeNull();
  });
});
