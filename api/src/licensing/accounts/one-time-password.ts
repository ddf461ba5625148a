import { randomInt } from 'node:crypto';

// Lower case letters and digits without look-alikes (0/o, 1/l/i), so a password read off paper is typed right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time initial password: 3 groups of 4 characters (about 59 bits from crypto), e.g. `k7mp-3xqa-hn9r`. */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}

/**
 * The username rule for accounts made from the registry: the worker's registration number, normalised to lower
 * case; when it is taken, the first free `<number>-2`, `<number>-3`, …
 */
export function usernameFor(registrationNumber: string, taken: Set<string>, normalise: (s: string) => string): string {
  const base = normalise(registrationNumber);
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
