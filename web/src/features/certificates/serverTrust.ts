/** The issuer's public key and signed revocation list as served; null parts when the server is unreachable. */
export interface ServerTrust {
  publicKeyMultibase: string | null;
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

/** Both from the server that served the page; never throws. */
export async function fetchServerTrust(): Promise<ServerTrust> {
  const [key, revocationList] = await Promise.all([getJson(KEY_PATH), getJson(REVOCATIONS_PATH)]);
  const publicKeyMultibase =
    key && typeof key === 'object' && typeof (key as { publicKeyMultibase?: unknown }).publicKeyMultibase === 'string'
      ? (key as { publicKeyMultibase: string }).publicKeyMultibase
      : null;
  return { publicKeyMultibase, revocationList };
}
