import { join } from 'node:path';
import { Client } from 'pg';
import type * as Supervisor from '../src/database/embedded-database-supervisor';
import { ROOT, tempDir } from './support/server-process';

// The built supervisor, as the server runs it: the embedded database in a forked process of its own (from
// the sources, it would serve in this process instead).
const supervisor = (): Promise<typeof Supervisor> => import(join(ROOT, 'api', 'dist', 'database', 'embedded-database-supervisor.js'));
const startEmbeddedDatabase: typeof Supervisor.startEmbeddedDatabase = async (...args) =>
  (await supervisor()).startEmbeddedDatabase(...args);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function eventually<T>(attempt: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

describe('the embedded database in a process of its own', () => {
  it('keeps the server process responsive during a long statement, ends the statement at the limit and keeps committed data', async () => {
    const logs: string[] = [];
    const db = await startEmbeddedDatabase(tempDir('statement-limit'), { statementLimitMs: 2_000, log: (line) => logs.push(line) });
    try {
      db.enforceStatementLimit();
      await query(db.url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (1)');

      const started = Date.now();
      // Minutes of work for PGlite, which cannot cancel a statement by itself.
      const long = query(db.url, 'SELECT count(*) FROM generate_series(1, 2000000000)').then(
        () => 'finished',
        (error: Error) => `ended: ${error.message}`,
      );
      const lags: number[] = [];
      for (let i = 0; i < 10; i++) {
        const before = Date.now();
        await sleep(100);
        lags.push(Date.now() - before - 100);
      }
      expect(Math.max(...lags)).toBeLessThan(100); // timers (and so /health) stay on time here

      expect(await long).toMatch(/^ended: /);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(logs.join('\n')).toContain('one statement ran longer than 2000 ms');

      const after = await eventually(() => query(db.url, 'SELECT v FROM kept'));
      expect(after.rows).toEqual([{ v: 1 }]);
    } finally {
      await db.stop();
    }
  }, 90_000);

  it('lets short statements run as long as the work takes in total', async () => {
    const db = await startEmbeddedDatabase(tempDir('statement-short'), { statementLimitMs: 1_000, log: () => undefined });
    try {
      db.enforceStatementLimit();
      await query(db.url, 'CREATE TABLE rows (v int)');
      const started = Date.now();
      for (let i = 0; Date.now() - started < 2_500; i++) await query(db.url, `INSERT INTO rows VALUES (${i})`);
      const { rows } = await query(db.url, 'SELECT count(*)::int AS n FROM rows');
      expect(rows[0].n).toBeGreaterThan(10);
    } finally {
      await db.stop();
    }
  }, 60_000);
});
