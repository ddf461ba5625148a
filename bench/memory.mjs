// Part of `npm run bench`: resident memory (RSS) of the API process and its children (the embedded PGlite runs
// in a process of its own), idle after start and after some load, embedded and on PostgreSQL (DATABASE_URL).
// Targets: embedded idle <= 512 MB, PostgreSQL mode <= 256 MB. Figures go to bench/results/memory.json.
import { readdirSync, readFileSync } from 'node:fs';
import { prepareDatabase, signIn, startApp } from './lib/app.mjs';
import { runNode, startNode, waitForHealth } from './lib/children.mjs';
import { tempFolder } from './lib/database.mjs';
import { load } from './lib/load.mjs';
import { printTable, writeResult } from './lib/results.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const IDLE_SECONDS = 10;
const LESSON = 'query ($id: ID!) { lesson(id: $id) { id body previousLesson { id } nextLesson { id } } }';

/** The process and its descendants (the embedded database's process, PDF worker threads are inside it). */
function tree(pid) {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
  );
  return [pid, ...children.flatMap(tree)];
}
const kbOf = (field, pid) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const sumMB = (field, pid) => Math.round(tree(pid).reduce((sum, p) => sum + kbOf(field, p), 0) / 1024);
const rssOf = (pid) => sumMB('VmRSS', pid);
// Each process's own peak, added up: an upper bound of the peak of the whole.
const hwmOf = (pid) => sumMB('VmHWM', pid);

async function measure(server) {
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const idle = rssOf(server.child.pid);
  const { token, gql } = await signIn(server.url);
  const id = (await gql('{ courses { modules { lessons { id } } } }')).data.courses[0].modules[0].lessons[0].id;
  await load({
    url: `${server.url}/graphql`,
    body: { query: LESSON, variables: { id } },
    headers: { authorization: `Bearer ${token}` },
    connections: 50,
    duration: 5,
  });
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
printTable([
  ['mode', 'idle MB', 'after load MB', 'idle again MB', 'peak MB'],
  ...Object.entries(modes).map(([m, r]) => [m, r.idleMB, r.afterLoadMB, r.idleAgainMB, r.peakMB]),
]);
writeResult('memory', { idleSeconds: IDLE_SECONDS, modes });
