export const VERIFY_PATH = '/verify';
/** The signed-in trainee's certificates. */
export const CERTIFICATES_PATH = '/certificates';

/** A link that opens /verify with the credential (QR text or JSON) in the fragment: it never reaches a server. */
export function verifyLink(credential: string): string {
  return `${VERIFY_PATH}#${encodeURIComponent(credential)}`;
}

/** The credential carried in a /verify fragment (`#DARI1:...` or encoded JSON), or ''. */
export function credentialFromHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}
