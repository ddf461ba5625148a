// `npm run bench`: throughput and p95 latency of the GraphQL lesson query against a bare node:http + pg server
// returning the same row, on the same database. Figures go to bench/results/lesson-query.json.
import { startBareServer } from './bare-server.mjs';
import { pad, startBenchApp, writeResult } from './bench-app.mjs';
import { load } from './load.mjs';

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 100;
const LESSON = `query Lesson($id: ID!) { lesson(id: $id) { id title titleEn body objectives references { title year } } }`;

const bench = await startBenchApp(3200);
try {
  const first = await bench.gql('{ courses { modules { lessons { id } } } }');
  const lessonId = first.data?.courses?.[0]?.modules?.[0]?.lessons?.[0]?.id;
  if (!lessonId) throw new Error('no lesson to query: import content first');
  const body = { query: LESSON, variables: { id: lessonId } };
  const check = await bench.gql(LESSON, { id: lessonId });
  if (!check.data?.lesson) throw new Error(`lesson query failed: ${JSON.stringify(check.errors)}`);

  console.log(`GraphQL lesson query (${connections} connections, ${duration} s) ...`);
  const graphql = await load({ url: `${bench.appUrl}/graphql`, body, headers: { authorization: `Bearer ${bench.token}` }, connections, duration });
  await bench.stopApp(); // frees its pooled connections: the embedded server accepts a bounded number
  const bare = await startBareServer(bench.databaseUrl);
  console.log(`bare node:http + pg (${connections} connections, ${duration} s) ...`);
  const baseline = await load({ url: bare.url, body, connections, duration });
  await bare.stop();

  const result = {
    date: new Date().toISOString(),
    database: process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite',
    connections,
    durationSeconds: duration,
    lessonId,
    graphql,
    bare: baseline,
    throughputRatio: Math.round((graphql.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000,
    p95Ratio: Math.round((graphql.latencyMs.p95 / baseline.latencyMs.p95) * 1000) / 1000,
    note: 'The GraphQL path also authenticates the session and checks access on every request; the bare server does not.',
  };
  console.log(`\n                 req/s      p95 ms`);
  console.log(`GraphQL     ${pad(graphql.requestsPerSecond)}  ${pad(graphql.latencyMs.p95)}`);
  console.log(`bare        ${pad(baseline.requestsPerSecond)}  ${pad(baseline.latencyMs.p95)}`);
  console.log(`ratio (GraphQL / bare): throughput ${result.throughputRatio}, p95 ${result.p95Ratio}`);
  await writeResult('lesson-query', result);
} finally {
  await bench.stop();
}
