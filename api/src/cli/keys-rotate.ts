import { parseArgs } from 'node:util';
import { CertificateKeyService } from '../licensing/certificates/certificate-key.service';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run keys:rotate [-- --compromised <key id, z6Mk... or did:key> --since <ISO date-time>]';

// Usage: npm run keys:rotate starts signing certificates with a new key (the current one retires, stays
// published and keeps verifying). With --compromised <key> --since <time>, marks that key so that what it
// signed from that time on is refused (a compromised current key is replaced at once). Audited either way.
// The keys are in <DARI_DATA_DIR>/keys/certificate-keys.json; running servers pick the change up within a second.
void runCli(async (app) => {
  const { values } = parseArgs({ options: { compromised: { type: 'string' }, since: { type: 'string' } }, strict: true });
  if ((values.compromised === undefined) !== (values.since === undefined)) throw new Error(USAGE);
  const compromised = values.compromised ? { key: values.compromised, since: parseSince(values.since!) } : undefined;
  const keys = await app.get(CertificateKeyService).rotate(null, { rotate: !compromised, compromised });
  for (const key of keys) {
    console.log(
      `${key.id}\t${key.status}\t${key.publicKeyMultibase}\tcreated ${key.created}${key.compromisedSince ? `\tcompromised since ${key.compromisedSince}` : ''}`,
    );
  }
});

function parseSince(text: string): Date {
  const since = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(since.getTime()))
    throw new Error(`--since must be an ISO date-time, e.g. 2026-12-01T00:00:00Z: ${text}\n${USAGE}`);
  return since;
}
