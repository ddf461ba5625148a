export type Encoding = 'br' | 'gzip';

/** Brotli first (about a fifth smaller than gzip for our scripts), then gzip. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The encoding to send of those available, from an `Accept-Encoding` header: a listed coding (or `*`) with a
 * quality above zero; between equal qualities brotli wins. `undefined` means the identity (uncompressed) file.
 */
export function chooseEncoding(header: string | string[] | undefined, available: readonly Encoding[]): Encoding | undefined {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const quality = new Map<string, number>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const qualityOf = (encoding: Encoding) => quality.get(encoding) ?? quality.get('*') ?? 0;
  let best: Encoding | undefined;
  for (const encoding of PREFERENCE) {
    if (!available.includes(encoding) || qualityOf(encoding) <= 0) continue;
    if (!best || qualityOf(encoding) > qualityOf(best)) best = encoding;
  }
  return best;
}
