// Part of `npm run bench`: recordProgress throughput (events per second, batches of 100 new events; target
// >= 5,000 on PostgreSQL) and the web app's real catalogue query against its floor (target >= 0.5 x).
// Figures go to bench/results/learning.json.
import { randomUUID } from 'node:crypto';
import { prepareDatabase, signIn, startApp } from './lib/app.mjs';
import { benchDatabase } from './lib/database.mjs';
import { apiAgainstFloor, ROUNDS, SECONDS } from './lib/pair.mjs';
import { printTable, range, writeResult } from './lib/results.mjs';
import { interleave } from './lib/rounds.mjs';
import { webOperation } from './lib/web-operations.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 50;
const BATCH = 100;
const RECORD = `mutation RecordProgress($events: [ProgressEventInput!]!) { recordProgress(events: $events) { accepted } }`;
// The web app's catalogue query, as the browser sends it (web/src/features/learning/catalogue.graphql).
const CATALOGUE = webOperation('Catalogue');

const database = await benchDatabase();
try {
  await prepareDatabase(database.url);
  const app = await startApp(database.url, PORT);
  const { token, gql } = await signIn(app.url);
  const courses = (await gql('{ courses { id modules { lessons { id } } } }')).data.courses;
  const lessons = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  for (const course of courses.slice(0, 3)) await gql('mutation ($id: ID!) { enrol(courseId: $id) { id } }', { id: course.id });
  const batch = () => ({
    query: RECORD,
    variables: {
      events: Array.from({ length: BATCH }, (_, i) => ({
        id: randomUUID(),
        lessonId: lessons[i % lessons.length],
        type: i % 2 ? 'time' : 'position',
        occurredAt: new Date().toISOString(),
        ...(i % 2 ? { seconds: 5 } : { position: (i % 100) / 100, percentRead: i % 100 }),
      })),
    },
  });
  const check = await gql(RECORD, batch().variables);
  if (check.data?.recordProgress?.accepted !== BATCH) throw new Error(`recordProgress failed: ${JSON.stringify(check.errors)}`);
  const catalogueCheck = await gql(CATALOGUE, {});
  if (!catalogueCheck.data) throw new Error(`catalogue failed: ${JSON.stringify(catalogueCheck.errors)}`);
  await app.stop();

  console.log(`recordProgress: ${BATCH} new events per request, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s ...`);
  const headers = { authorization: `Bearer ${token}` };
  const { api: progress } = await interleave(
    { api: { start: () => startApp(database.url, PORT), request: { path: '/graphql', makeBody: batch, headers } } },
    { rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS },
  );
  const events = {
    median: Math.round(progress.requestsPerSecond.median * BATCH),
    min: Math.round(progress.requestsPerSecond.min * BATCH),
    max: Math.round(progress.requestsPerSecond.max * BATCH),
  };
  const catalogue = await apiAgainstFloor({
    database,
    token,
    floor: 'catalogue',
    body: { query: CATALOGUE, variables: {} },
    connections: [CONNECTIONS],
    port: PORT,
  });

  const c = catalogue[CONNECTIONS];
  printTable([
    ['operation', 'req/s', 'events/s', 'floor req/s', 'ratio', 'p95 ms'],
    ['recordProgress', range(progress.requestsPerSecond), range(events), '-', '-', range(progress.p95Ms)],
    ['catalogue', range(c.api.requestsPerSecond), '-', range(c.floor.requestsPerSecond), c.throughputRatio, range(c.api.p95Ms)],
  ]);
  writeResult('learning', {
    database: database.description,
    rounds: ROUNDS,
    secondsPerRound: SECONDS,
    connections: CONNECTIONS,
    courses: courses.length,
    targets: { recordProgress: '>= 5,000 events/s on PostgreSQL', catalogue: 'API requests/s >= 0.5 x the floor' },
    recordProgress: { batchSize: BATCH, eventsPerSecond: events, ...progress },
    catalogue: c,
  });
} finally {
  await database.stop();
}
