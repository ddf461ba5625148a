/**
 * The one form of a username, used for storing, looking up and rate limiting alike: Unicode NFC (a Hangul
 * name typed as jamo is the same name), no surrounding white space (tabs included), lower case.
 */
export function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}
