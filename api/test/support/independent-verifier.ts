import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface IndependentResult {
  verified: boolean;
  revoked: boolean | null;
  statusVerified: boolean | null;
  cryptosuites: string[];
  error: string | null;
}

/**
 * Verifies credentials with Digital Bazaar's VC 2.0 libraries (not @dari/credentials), offline, in a Node
 * process of its own (they are ES modules): `documents` are the status list credentials by URL.
 */
export function verifyElsewhere(credentials: unknown[], documents: Record<string, unknown>): IndependentResult[] {
  const script = join(__dirname, '..', '..', '..', 'credentials', 'src', 'testing', 'independent-verifier.mjs');
  return JSON.parse(
    execFileSync(process.execPath, [script], { input: JSON.stringify({ credentials, documents }), encoding: 'utf8' }),
  ) as IndependentResult[];
}
