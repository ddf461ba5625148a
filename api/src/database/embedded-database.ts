import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from './data-dir-lock';
import { PgliteSessionQueue } from './pglite-session-queue';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** How long a start waits for a folder whose previous server is still closing (e.g. just killed). */
const LOCK_WAIT_MS = 5_000;

/** Pool size shared by TypeORM and the socket server: one socket connection per pooled client. */
export const POOL_SIZE = 10;

/**
 * Serves PGlite, in this process, over the Postgres wire protocol on loopback, so the app talks to it with the same `pg`
 * driver (and the same code path) as a real server. Data lives in `<dataDir>/pglite` and survives restarts.
 * Two processes on one folder would corrupt it, so the folder is locked first (`DataDirInUseError`).
 */
export async function serveEmbeddedDatabase(
  dataDir: string,
  port = 0,
  owner?: { command: string; pid: number },
): Promise<EmbeddedDatabase> {
  const lock = lockDataDir(dataDir, owner?.command, { waitMs: LOCK_WAIT_MS, ownerPid: owner?.pid });
  try {
    return await serve(dataDir, port, lock.release);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Opens PGlite on `<dataDir>/pglite` (replaying its WAL after a crash) and serves it on loopback. */
async function serve(dataDir: string, port: number, release: () => void): Promise<EmbeddedDatabase> {
  const dir = join(dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: POOL_SIZE + 2 });
  // The server's own queue lets concurrent connections' extended-protocol messages interleave (see the class).
  (server as unknown as { queryQueue: PgliteSessionQueue }).queryQueue = new PgliteSessionQueue(db);
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      release();
    },
  };
}
