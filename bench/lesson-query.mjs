// Part of `npm run bench`: the web app's real lesson query (Lesson in web/src/features/curricula/lesson.graphql)
// against its floor, at 10 and 100 connections. Figures go to bench/results/lesson-query.json.
import { prepareDatabase, signIn, startApp } from './lib/app.mjs';
import { benchDatabase } from './lib/database.mjs';
import { apiAgainstFloor, ROUNDS, SECONDS } from './lib/pair.mjs';
import { printTable, range, writeResult } from './lib/results.mjs';
import { webOperation } from './lib/web-operations.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const LESSON = webOperation('Lesson');

const database = await benchDatabase();
try {
  await prepareDatabase(database.url);
  const app = await startApp(database.url, PORT);
  const { token, gql } = await signIn(app.url);
  const courses = (await gql('{ courses { modules { lessons { id } } } }')).data.courses;
  const lessons = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  // A lesson in the middle of a course, so both neighbours exist.
  const lessonId = lessons[Math.min(1, lessons.length - 1)];
  const check = await gql(LESSON, { id: lessonId });
  await app.stop();
  if (!check.data?.lesson) throw new Error(`lesson query failed: ${JSON.stringify(check.errors)}`);

  const body = { query: LESSON, variables: { id: lessonId } };
  const levels = await apiAgainstFloor({ database, token, floor: 'lesson', body, connections: [10, 100], port: PORT });
  printTable([
    ['connections', 'API req/s', 'floor req/s', 'ratio', 'API p95 ms', 'floor p95 ms'],
    ...Object.entries(levels).map(([n, l]) => [
      n,
      range(l.api.requestsPerSecond),
      range(l.floor.requestsPerSecond),
      l.throughputRatio,
      range(l.api.p95Ms),
      range(l.floor.p95Ms),
    ]),
  ]);
  writeResult('lesson-query', {
    database: database.description,
    rounds: ROUNDS,
    secondsPerRound: SECONDS,
    lessonId,
    target: 'API requests/s >= 0.7 x the floor at 10 and 100 connections',
    levels,
  });
} finally {
  await database.stop();
}
