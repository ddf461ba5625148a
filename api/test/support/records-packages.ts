import { gunzipSync, gzipSync } from 'node:zlib';
import type { TestApp } from './test-app';

export interface ImportAnswer {
  status: number;
  body: {
    code?: string;
    packageId?: string;
    applied?: boolean;
    alreadyApplied?: boolean;
    outcomes?: Record<string, Record<'added' | 'updated' | 'unchanged' | 'older' | 'conflict', number>>;
  };
}

/** `GET /packages/records.dari` as the token's user: the package's bytes (or the error's status). */
export async function exportRecords(app: TestApp, token: string, since?: string): Promise<{ status: number; bytes: Buffer }> {
  const query = since ? `?since=${encodeURIComponent(since)}` : '';
  const res = await fetch(`${app.url}/packages/records.dari${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** `POST /packages/records` with the package as the body; `apply` false: the preview. */
export async function importRecords(
  app: TestApp,
  token: string | undefined,
  bytes: Buffer | Uint8Array,
  apply = true,
): Promise<ImportAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${app.url}/packages/records${apply ? '?apply=true' : ''}`, { method: 'POST', headers, body: bytes });
  return { status: res.status, body: (await res.json()) as ImportAnswer['body'] };
}

/** The package's lines, uncompressed: the manifest first, the signature last. */
export function packageLines(bytes: Buffer): string[] {
  return gunzipSync(bytes).toString('utf8').split('\n').filter(Boolean);
}

export const repack = (lines: string[]): Buffer => gzipSync(Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'));

export function manifestOf(bytes: Buffer): {
  packageId: string;
  since: string | null;
  until: string;
  scope: string[] | null;
  counts: Record<string, number>;
} {
  return JSON.parse(packageLines(bytes)[0]);
}
