import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EXIT_DATA_DIR_IN_USE, LOCK_FILE } from '../src/database/data-dir-lock';
import { childEnv, cliScript, gqlAt, loginAt, runNode, startServer, tempDir, type ServerProcess } from './support/server-process';

// The real built server (node api/dist/main.js) on its own embedded database in a temporary data folder.
const PROPOSE = `mutation ($input: ProposeGlossaryEntryInput!) { proposeGlossaryEntry(input: $input) { id } }`;
const COUNT = `query ($q: String!) { glossaryEntries(filter: { query: $q }, first: 1) { total } }`;

describe('one server per data folder', () => {
  const dataDir = tempDir('lock');
  let first: ServerProcess;
  beforeAll(async () => (first = await startServer(childEnv(dataDir))), 120_000);
  afterAll(() => first?.stop());

  it('refuses a second server on the same folder with a clear message and its own exit code', async () => {
    const second = await startServer(childEnv(dataDir));
    const { code, output } = await second.exit;
    expect(code).toBe(EXIT_DATA_DIR_IN_USE);
    expect(output).toContain(`The data folder ${dataDir} is in use by another Dari process (pid ${first.child.pid}`);
    expect(await fetch(`${first.url}/health`).then((r) => r.status)).toBe(200);
  }, 120_000);

  it('refuses a command that would open the same embedded database', async () => {
    const { code, output } = await runNode(cliScript('migrate'), [], childEnv(dataDir));
    expect(code).toBe(EXIT_DATA_DIR_IN_USE);
    expect(output).toContain('is in use by another Dari process');
    expect(output).not.toContain('database migrated');
  }, 60_000);
});

describe('a stale lock and a killed server', () => {
  it('clears the lock of a process that no longer runs and starts', async () => {
    const dataDir = tempDir('stale');
    // A lock left by a pid that does not run (pids are below 2^22 on Linux).
    writeFileSync(
      join(dataDir, LOCK_FILE),
      JSON.stringify({
        pid: 4_999_999,
        host: hostname(),
        bootId: null,
        startTicks: null,
        command: 'node api/dist/main.js',
        since: '2026-01-01T00:00:00Z',
      }),
    );
    const { code, output } = await runNode(cliScript('migrate'), [], childEnv(dataDir));
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining('database migrated') });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it('keeps every acknowledged write after kill -9 in the middle of writing, and restarts', async () => {
    const dataDir = tempDir('crash');
    const env = childEnv(dataDir, { DARI_DEMO: 'true' });
    const server = await startServer(env);
    const token = await loginAt(server.url, 'author', 'dari-demo');
    const acknowledged: string[] = [];
    let stopWriting = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stopWriting; i++) {
        const term = `충돌시험${lane}-${String(i).padStart(5, '0')}`;
        const result = await gqlAt(
          server.url,
          PROPOSE,
          { input: { southTerm: term, northTerm: `${term}말`, relation: 'different' } },
          token,
        ).catch(() => null);
        if (result?.data) acknowledged.push(term);
        else break;
      }
    };
    const lanes = [0, 1, 2].map(writer);
    while (acknowledged.length < 30) await new Promise((r) => setTimeout(r, 20));
    // The server and its embedded database process (the lock's holder) die at the same instant, mid-write.
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as { pid: number; ownerPid: number };
    expect(lock.ownerPid).toBe(server.child.pid);
    process.kill(lock.pid, 'SIGKILL');
    const killed = await server.stop('SIGKILL');
    stopWriting = true;
    await Promise.all(lanes);
    expect(killed.signal).toBe('SIGKILL');
    expect(JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).pid).toBe(lock.pid); // left behind

    const restarted = await startServer(env);
    try {
      const again = await loginAt(restarted.url, 'author', 'dari-demo');
      const count = await gqlAt<{ glossaryEntries: { total: number } }>(restarted.url, COUNT, { q: '충돌시험' }, again);
      expect(count.data!.glossaryEntries.total).toBeGreaterThanOrEqual(acknowledged.length);
      for (const term of acknowledged.slice(-5)) {
        const one = await gqlAt<{ glossaryEntries: { total: number } }>(restarted.url, COUNT, { q: term }, again);
        expect(one.data!.glossaryEntries.total).toBe(1);
      }
    } finally {
      await restarted.stop();
    }
  }, 240_000);
});
