// Part of `npm run bench`: recordProgress throughput (events per second, batches of 100 new events) and the
// catalogue query's throughput and p95. Figures go to bench/results/learning.json.
import { randomUUID } from 'node:crypto';
import { pad, startBenchApp, writeResult } from './bench-app.mjs';
import { load } from './load.mjs';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 100;
const BATCH = 100;
const RECORD = `mutation ($events: [ProgressEventInput!]!) { recordProgress(events: $events) { accepted } }`;
const CATALOGUE = `{ catalogue { matchesMyCadre course { id title lessonCount quizzes { id itemCount myStatus { passed } } } enrolment { progress { percent nextLesson { id } } } } }`;

const bench = await startBenchApp(3201);
try {
  const courses = (await bench.gql('{ courses { id modules { lessons { id } } } }')).data.courses;
  const lessons = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  for (const course of courses.slice(0, 3)) await bench.gql('mutation ($id: ID!) { enrol(courseId: $id) { id } }', { id: course.id });
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
  const check = await bench.gql(RECORD, batch().variables);
  if (check.data?.recordProgress?.accepted !== BATCH) throw new Error(`recordProgress failed: ${JSON.stringify(check.errors)}`);
  const auth = { authorization: `Bearer ${bench.token}` };

  console.log(`recordProgress, ${BATCH} new events per request (${connections} connections, ${duration} s) ...`);
  const progress = await load({ url: `${bench.appUrl}/graphql`, makeBody: batch, headers: auth, connections, duration });
  await new Promise((resolve) => setTimeout(resolve, 3000)); // let the last write batches drain
  console.log(`catalogue query (${connections} connections, ${duration} s) ...`);
  const catalogue = await load({ url: `${bench.appUrl}/graphql`, body: { query: CATALOGUE }, headers: auth, connections, duration });

  const result = {
    date: new Date().toISOString(),
    database: process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite',
    connections,
    durationSeconds: duration,
    recordProgress: { ...progress, batchSize: BATCH, eventsPerSecond: Math.round(progress.requestsPerSecond * BATCH) },
    catalogue: { ...catalogue, courses: courses.length },
  };
  console.log(`\n                      req/s   events/s      p95 ms`);
  console.log(`recordProgress   ${pad(progress.requestsPerSecond)}  ${pad(result.recordProgress.eventsPerSecond)}  ${pad(progress.latencyMs.p95)}`);
  console.log(`catalogue        ${pad(catalogue.requestsPerSecond)}  ${pad('-')}  ${pad(catalogue.latencyMs.p95)}`);
  await writeResult('learning', result);
} finally {
  await bench.stop();
}
