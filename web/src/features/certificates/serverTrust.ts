/** A key as `/.well-known/dari-certificate-key` lists it (only what the page uses). */
export interface ServedKey {
  publicKeyMultibase: string;
  status: string;
  compromisedSince: string | null;
  statusListCredential: string;
}

/** The issuer's public keys, its status list and legacy revocation list as served; null parts when unreachable. */
export interface ServerTrust {
  /** The current key (also the only one a server before key rotation names). */
  publicKeyMultibase: string | null;
  /** Every key the server has used, with compromise marks. */
  keys?: ServedKey[];
  /** The current key's signed BitstringStatusListCredential. */
  statusList?: unknown;
  /** The legacy DariRevocationList, for certificates issued before the status list. */
  revocationList: unknown;
}

export const KEY_PATH = '/.well-known/dari-certificate-key';
export const REVOCATIONS_PATH = '/certificates/revocations.json';

/** A LAN link can hang rather than fail: give up after a while and verify with what is stored. */
const TIMEOUT_MS = 8000;

async function getJson(path: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(path, { cache: 'no-store', signal: controller.signal });
    return response.ok ? ((await response.json()) as unknown) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function servedKeys(document: Record<string, unknown>): ServedKey[] | undefined {
  if (!Array.isArray(document.keys)) return undefined;
  return document.keys.filter(
    (key): key is ServedKey =>
      typeof key === 'object' &&
      key !== null &&
      typeof key.publicKeyMultibase === 'string' &&
      typeof key.status === 'string' &&
      (key.compromisedSince === null || typeof key.compromisedSince === 'string') &&
      typeof key.statusListCredential === 'string',
  );
}

/** The path of a status list URL, fetched from the server that served the page (its public URL may differ). */
function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** All from the server that served the page; never throws. */
export async function fetchServerTrust(): Promise<ServerTrust> {
  const [key, revocationList] = await Promise.all([getJson(KEY_PATH), getJson(REVOCATIONS_PATH)]);
  const document = key && typeof key === 'object' ? (key as Record<string, unknown>) : {};
  const publicKeyMultibase = typeof document.publicKeyMultibase === 'string' ? document.publicKeyMultibase : null;
  const keys = servedKeys(document);
  const current = keys?.find((candidate) => candidate.status === 'current');
  const statusPath = current ? pathOf(current.statusListCredential) : null;
  const statusList = statusPath ? await getJson(statusPath) : null;
  return { publicKeyMultibase, keys, statusList, revocationList };
}
