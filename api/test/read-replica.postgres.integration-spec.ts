import { Client } from 'pg';
import { postgresDatabase, recreateDatabase } from './support/databases';
import { childEnv, cliScript, gqlAt, loginAt, runNode, type ServerProcess, startServer, tempDir } from './support/server-process';

const PASSWORD = 'read-replica-password-1234';
const REGISTER = `mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`;
const WORKERS = `query ($search: String!) { workers(filter: { search: $search }) { items { id } } }`;

// With DATABASE_READ_URL the exports and the compliance report read the replica, everything else the primary.
// The "replica" here is a second database that never receives the primary's changes, so where each read went
// shows in the answers.
describe('reports on a read replica (DATABASE_READ_URL)', () => {
  let server: ServerProcess;
  let primaryUrl: string;

  beforeAll(async () => {
    primaryUrl = postgresDatabase('dari_test_read_primary');
    const replicaUrl = postgresDatabase('dari_test_read_replica');
    await Promise.all([recreateDatabase(primaryUrl), recreateDatabase(replicaUrl)]);
    const migrated = await runNode(cliScript('migrate'), [], childEnv(tempDir('read-replica-copy'), { DATABASE_URL: replicaUrl }));
    if (migrated.code !== 0) throw new Error(migrated.output);
    const env = childEnv(tempDir('read-replica'), {
      DATABASE_URL: primaryUrl,
      DATABASE_READ_URL: replicaUrl,
      DARI_ADMIN_PASSWORD: PASSWORD,
    });
    for (const [script, args] of [
      ['create-admin', ['reader']],
      ['content-import', []],
    ] as const) {
      const done = await runNode(cliScript(script), [...args], env);
      if (done.code !== 0) throw new Error(done.output);
    }
    server = await startServer(env);
  }, 180_000);
  afterAll(() => server?.stop());

  it('writes and lists on the primary, exports and reports from the replica', async () => {
    const token = await loginAt(server.url, 'reader', PASSWORD);
    const db = new Client({ connectionString: primaryUrl });
    await db.connect();
    const [{ id: facilityId }] = (await db.query(`SELECT id FROM facility ORDER BY code LIMIT 1`)).rows;
    await db.end();
    const number = `R-READ-${Date.now()}`;
    const registered = await gqlAt<{ registerWorker: { id: string } }>(
      server.url,
      REGISTER,
      { input: { registrationNumber: number, name: '복제 시험', cadre: 'nurse', facilityId } },
      token,
    );
    expect(registered.errors).toBeUndefined();
    const listed = await gqlAt<{ workers: { items: { id: string }[] } }>(server.url, WORKERS, { search: number }, token);
    expect(listed.data!.workers.items).toEqual([{ id: registered.data!.registerWorker.id }]);
    const assigned = await gqlAt(
      server.url,
      `mutation ($w: UUID!) { assignRetraining(workerId: $w, curriculumId: "test-curriculum", dueOn: "2099-01-01") }`,
      { w: registered.data!.registerWorker.id },
      token,
    );
    expect(assigned.errors).toBeUndefined();

    const csv = await fetch(`${server.url}/exports/workers.csv`, { headers: { authorization: `Bearer ${token}` } });
    expect(csv.status).toBe(200);
    expect(await csv.text()).not.toContain(number);
    const compliance = await gqlAt<{ retrainingCompliance: unknown[] }>(
      server.url,
      `{ retrainingCompliance { facilityId plans } }`,
      {},
      token,
    );
    expect(compliance.data!.retrainingCompliance).toEqual([]);
  });
});
