import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar-stream';

/** What a database entry holds: PGlite's own data-folder dump, or a pg_dump custom-format file. */
export type DatabaseFormat = 'pglite-datadir' | 'pg_dump-custom';

export interface Manifest {
  format: 'dari-backup';
  version: 1;
  createdAt: string;
  database: { format: DatabaseFormat; file: string };
  /** sha256 of every other entry, by name: restore checks each before touching anything. */
  files: Record<string, string>;
}

export const MANIFEST = 'dari-backup.json';

/** Writes one tar file: the manifest first, then each file (name in the archive → path on disk). */
export async function writeArchive(
  out: string,
  database: { format: DatabaseFormat; name: string },
  files: Record<string, string>,
): Promise<Manifest> {
  const manifest: Manifest = {
    format: 'dari-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    database: { format: database.format, file: database.name },
    files: {},
  };
  for (const [name, path] of Object.entries(files)) manifest.files[name] = await sha256(path);
  const pack = tar.pack();
  const written = pipeline(pack, createWriteStream(out, { mode: 0o600 }));
  pack.entry({ name: MANIFEST, mode: 0o600 }, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, path] of Object.entries(files)) {
    const entry = pack.entry({ name, size: statSync(path).size, mode: 0o600 });
    await pipeline(createReadStream(path), entry);
  }
  pack.finalize();
  await written;
  return manifest;
}

/**
 * Unpacks an archive into `dir` and checks it: a Dari manifest, every listed file present with its checksum,
 * nothing unlisted, no path leaving `dir`. Throws with the reason; returns the manifest.
 */
export async function readArchive(file: string, dir: string): Promise<Manifest> {
  const extract = tar.extract();
  const seen: Record<string, string> = {};
  let manifest: Manifest | undefined;
  extract.on('entry', (header, stream, next) => {
    void (async () => {
      const name = safeName(header.name);
      if (header.type !== 'file') throw new Error(`unexpected ${header.type} entry ${name}`);
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      const hash = createHash('sha256');
      stream.on('data', (chunk) => hash.update(chunk as Buffer));
      await pipeline(stream, createWriteStream(target, { mode: 0o600 }));
      seen[name] = hash.digest('hex');
      if (name === MANIFEST) manifest = JSON.parse(readFileSync(target, 'utf8')) as Manifest;
    })().then(
      () => next(),
      (error: Error) => extract.destroy(error),
    );
  });
  await pipeline(createReadStream(file), extract).catch((error: Error) => {
    throw new Error(`${file} is not a readable backup archive: ${error.message}`);
  });
  if (!manifest || manifest.format !== 'dari-backup' || manifest.version !== 1)
    throw new Error(`${file} is not a Dari backup (no ${MANIFEST} of version 1)`);
  if (!(manifest.database.file in manifest.files)) throw new Error('the manifest names no database file');
  for (const [name, expected] of Object.entries(manifest.files)) {
    if (!seen[name]) throw new Error(`the archive lacks ${name}`);
    if (seen[name] !== expected) throw new Error(`${name} is damaged (checksum differs)`);
  }
  const unlisted = Object.keys(seen).filter((name) => name !== MANIFEST && !(name in manifest!.files));
  if (unlisted.length) throw new Error(`the archive holds files its manifest does not list: ${unlisted.join(', ')}`);
  return manifest;
}

function safeName(name: string): string {
  const clean = normalize(name);
  if (clean.startsWith('..') || clean.startsWith(sep) || clean.includes(`${sep}..${sep}`))
    throw new Error(`unsafe path in archive: ${name}`);
  return clean;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
