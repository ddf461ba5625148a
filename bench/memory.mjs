// Part of `npm run bench`: resident memory (RSS) of the API process, idle after start and after some load, on
// the embedded PGlite (which runs inside the API process) and on PostgreSQL (DATABASE_URL, when set).
// Targets: embedded idle <= 512 MB, PostgreSQL mode <= 256 MB. Figures go to bench/results/memory.json.
import { readFileSync } from 'node:fs';
import { prepareDatabase, signIn, startApp } from './lib/app.mjs';
import { runNode, startNode, waitForHealth } from './lib/children.mjs';
import { tempFolder } from './lib/database.mjs';
import { load } from './lib/load.mjs';
import { printTable, writeResult } from './lib/results.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const IDLE_SECONDS = 10;
const LESSON = 'query ($id: ID!) { lesson(id: $id) { id body previousLesson { id } nextLesson { id } } }';

const rssOf = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
const hwmOf = (pid) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

async function measure(server) {
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const idle = rssOf(server.child.pid);
  const { token, gql } = await signIn(server.url);
  const id = (await gql('{ courses { modules { lessons { id } } } }')).data.courses[0].modules[0].lessons[0].id;
  await load({ url: `${server.url}/graphql`, body: { query: LESSON, variables: { id } }, headers: { authorization: `Bearer ${token}` }, connections: 50, duration: 5 });
  const afterLoad = rssOf(server.child.pid);
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  return { idleMB: idle, afterLoadMB: afterLoad, idleAgainMB: rssOf(server.child.pid), peakMB: hwmOf(server.child.pid) };
}

const modes = {};
// Embedded: the app opens PGlite in its own data folder (demo off: import and account through the CLIs first).
const dataDir = tempFolder('memory');
const env = { DARI_DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '' };
await runNode(['api/dist/cli/content-import.js'], env);
await runNode(['api/dist/cli/create-admin.js', 'bench'], { ...env, DARI_ADMIN_PASSWORD: 'bench-password-1234' });
const embedded = startNode(['api/dist/main.js'], { ...env, PORT: String(PORT), NODE_ENV: 'production' });
try {
  await waitForHealth(`http://127.0.0.1:${PORT}`);
  modes.embedded = { target: 'idle <= 512 MB', ...(await measure({ ...embedded, url: `http://127.0.0.1:${PORT}` })) };
} finally {
  await embedded.stop();
}
if (process.env.DATABASE_URL) {
  await prepareDatabase(process.env.DATABASE_URL);
  const server = await startApp(process.env.DATABASE_URL, PORT);
  try {
    modes.postgresql = { target: 'idle <= 256 MB', ...(await measure(server)) };
  } finally {
    await server.stop();
  }
}
printTable([['mode', 'idle MB', 'after load MB', 'idle again MB', 'peak MB'], ...Object.entries(modes).map(([m, r]) => [m, r.idleMB, r.afterLoadMB, r.idleAgainMB, r.peakMB])]);
writeResult('memory', { idleSeconds: IDLE_SECONDS, modes });
