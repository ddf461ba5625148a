import { cliScript, childEnv, runNode, startEmbeddedDatabaseProcess, tempDir } from './support/server-process';

// The national data set is for a PostgreSQL server only: the command must refuse the embedded database
// before it opens or migrates anything.
describe(`seed:national refuses the embedded database (${process.env.DARI_TEST_DATABASE})`, () => {
  it('refuses when DATABASE_URL is unset, saying why and what to set', async () => {
    const dataDir = tempDir('seed-refusal');
    const run = await runNode(cliScript('seed-national'), ['--workers', '2000'], childEnv(dataDir));
    expect(run.code).toBe(78);
    expect(run.output).toMatch(/refuses the embedded database: DATABASE_URL is not set/);
    expect(run.output).toMatch(/DATABASE_URL=postgres:\/\//);
  });

  it('refuses a DATABASE_URL that points at PGlite behind its socket, before migrating or writing anything', async () => {
    const pglite = await startEmbeddedDatabaseProcess();
    try {
      const before = await snapshot(pglite.url);
      const run = await runNode(
        cliScript('seed-national'),
        ['--workers', '2000'],
        childEnv(tempDir('seed-refusal'), { DATABASE_URL: pglite.url }),
      );
      expect(run.code).toBe(78);
      expect(run.output).toMatch(/DATABASE_URL points at PGlite/);
      expect(await snapshot(pglite.url)).toEqual(before);
    } finally {
      await pglite.stop();
    }
  });

  it('refuses a bad --workers value with a usage line', async () => {
    const run = await runNode(cliScript('seed-national'), ['--workers', 'lots'], childEnv(tempDir('seed-refusal')));
    expect(run.code).toBe(64);
    expect(run.output).toMatch(/usage: npm run seed:national -- --workers <number>/);
  });
});

/** The tables and, once migrated, the workers: unchanged by a refused run. */
async function snapshot(url: string) {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ tables }] = (await client.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`)).rows;
    const workers = (await client.query(`SELECT to_regclass('public.worker') IS NOT NULL AS present`)).rows[0].present
      ? (await client.query('SELECT count(*)::int AS n FROM worker')).rows[0].n
      : null;
    return { tables, workers };
  } finally {
    await client.end();
  }
}
