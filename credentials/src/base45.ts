/**
 * Base45 (RFC 9285): bytes as characters of the QR code alphanumeric mode (0-9 A-Z space $%*+-./:), which a
 * QR code stores in 5.5 bits each, against 8 bits per character of base64 in byte mode.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export function encodeBase45(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      const n = bytes[i] * 256 + bytes[i + 1];
      text += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45) % 45] + ALPHABET[Math.floor(n / 2025)];
    } else {
      text += ALPHABET[bytes[i] % 45] + ALPHABET[Math.floor(bytes[i] / 45)];
    }
  }
  return text;
}

/** Throws on characters outside the alphabet, a dangling character or a group out of range. */
export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Error('base45: invalid length');
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let out = 0;
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3);
    let n = 0;
    for (let j = group.length - 1; j >= 0; j--) {
      const digit = ALPHABET.indexOf(group[j]);
      if (digit < 0) throw new Error(`base45: invalid character ${JSON.stringify(group[j])}`);
      n = n * 45 + digit;
    }
    if (group.length === 3) {
      if (n > 0xffff) throw new Error('base45: group out of range');
      bytes[out++] = n >> 8;
      bytes[out++] = n & 0xff;
    } else {
      if (n > 0xff) throw new Error('base45: group out of range');
      bytes[out++] = n;
    }
  }
  return bytes;
}
