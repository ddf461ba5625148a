import { normaliseUsername } from '../username';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PasswordRejectedException } from '../users.exception';
import { PASSWORD_MAX, PASSWORD_MIN } from './password-limits';

let common: Set<string> | undefined;

// Loaded once, on first use: ~10,000 lines shipped beside this file (see its header for the source).
function commonPasswords(): Set<string> {
  if (!common) {
    const lines = readFileSync(join(__dirname, 'common-passwords.txt'), 'utf8').split('\n');
    common = new Set(lines.filter((l) => l && !l.startsWith('#')));
  }
  return common;
}

/**
 * NIST SP 800-63B: length 8-128 (counted in characters, after NFC), no composition rules, and refused when it is
 * a commonly used password or the username itself. Throws PasswordRejectedException with the reason.
 */
export function assertAcceptablePassword(password: string, username: string): void {
  const normalised = password.normalize('NFC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN) throw new PasswordRejectedException('PASSWORD_TOO_SHORT');
  if (length > PASSWORD_MAX) throw new PasswordRejectedException('PASSWORD_TOO_LONG');
  const lower = normalised.toLowerCase();
  if (lower === normaliseUsername(username)) throw new PasswordRejectedException('PASSWORD_IS_USERNAME');
  if (commonPasswords().has(lower)) throw new PasswordRejectedException('PASSWORD_TOO_COMMON');
}
