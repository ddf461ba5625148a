// The floor: a bare node:http + pg server in a process of its own, doing only what any correct server must for
// the web app's real operation — look up the session token (one indexed query) and read the same rows in one
// query. `FLOOR=lesson|catalogue DATABASE_URL=... node bench/floor-server.mjs` prints {"url": ...}.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

// The lesson body as readers get it (`bodyTree`): parsed by the same parser, once per text, as any server must.
const { parseMarkdown } = createRequire(import.meta.url)('../markdown/dist/index.js');
const trees = new Map();
const treeOf = (body) => {
  if (!trees.has(body)) trees.set(body, parseMarkdown(body));
  return trees.get(body);
};

const SESSION = `SELECT s.user_id, u.cadre FROM session s JOIN "user" u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.is_active`;

const link = (alias) => `json_build_object('id', ${alias}.id, 'title', ${alias}.title, 'titleEn', ${alias}.title_en)`;
const neighbour = (cmp, dir) => `(SELECT ${link('n')} FROM lesson n JOIN course_module nm ON nm.id = n.module_id
  WHERE n.course_id = l.course_id AND (nm.position, n.position) ${cmp} (m.position, l.position)
  ORDER BY nm.position ${dir}, n.position ${dir} LIMIT 1)`;

const LESSON = `SELECT l.id, l.title, l.title_en AS "titleEn", l.summary, l.summary_en AS "summaryEn", l.body AS "bodyTree", l.objectives,
    l."references", l.review_by AS "reviewBy", l.credit_hours::float AS "creditHours", l.topic, l.care_level AS "careLevel",
    ${link('c')} AS course, ${link('m')} AS module,
    ${neighbour('<', 'DESC')} AS "previousLesson", ${neighbour('>', 'ASC')} AS "nextLesson"
  FROM lesson l JOIN course c ON c.id = l.course_id JOIN course_module m ON m.id = l.module_id WHERE l.id = $1`;

// The catalogue entry of every course for one user, with the enrolment's progress, as the API returns it.
const CATALOGUE = `SELECT $2::text = ANY(c.cadres) AS "matchesMyCadre",
    json_build_object('id', c.id, 'title', c.title, 'titleEn', c.title_en, 'topic', c.topic, 'careLevel', c.care_level,
      'creditHours', c.credit_hours::float, 'lessonCount', (SELECT count(*) FROM lesson l WHERE l.course_id = c.id),
      'countsForMyLicence', c.topic IN (SELECT m ->> 'topic' FROM worker w JOIN licence li ON li.worker_id = w.id AND li.status <> 'revoked'
        JOIN licence_type t ON t.id = li.licence_type_id, jsonb_array_elements(t.topic_minimums) m
        WHERE w.user_id = $1 AND (m ->> 'hours')::numeric > 0)) AS course,
    (SELECT json_build_object('id', e.id, 'enrolledAt', e.enrolled_at, 'completedAt', e.completed_at, 'progress', json_build_object(
       'lessonsTotal', (SELECT count(*) FROM lesson l WHERE l.course_id = c.id),
       'lessonsCompleted', (SELECT count(*) FROM lesson_progress p WHERE p.course_id = c.id AND p.user_id = $1 AND p.completed_at IS NOT NULL),
       'quizzesTotal', (SELECT count(*) FROM quiz q WHERE q.course_id = c.id),
       'quizzesPassed', (SELECT count(DISTINCT a.quiz_id) FROM quiz_attempt a JOIN quiz q ON q.id = a.quiz_id WHERE q.course_id = c.id AND a.user_id = $1 AND a.passed),
       'completedAt', (SELECT cc.completed_at FROM course_completion cc WHERE cc.course_id = c.id AND cc.user_id = $1),
       'nextLesson', (SELECT ${link('l')} FROM lesson l JOIN course_module m ON m.id = l.module_id
          LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.user_id = $1
          WHERE l.course_id = c.id AND p.completed_at IS NULL ORDER BY m.position, l.position LIMIT 1)))
     FROM enrolment e WHERE e.course_id = c.id AND e.user_id = $1) AS enrolment
  FROM course c JOIN curriculum cur ON cur.id = c.curriculum_id ORDER BY cur.position, c.position`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.FLOOR_POOL ?? 10) });
const answer = {
  lesson: async (user, variables) => {
    const lesson = (await pool.query(LESSON, [variables.id])).rows[0] ?? null;
    return { lesson: lesson && { ...lesson, bodyTree: treeOf(lesson.bodyTree) } };
  },
  catalogue: async (user) => {
    const entries = (await pool.query(CATALOGUE, [user.user_id, user.cadre])).rows;
    const rank = (e) => (e.enrolment && !e.enrolment.completedAt ? 0 : e.matchesMyCadre ? 1 : 2);
    return {
      catalogue: entries
        .map((e, i) => ({ e, i }))
        .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
        .map(({ e }) => e),
    };
  },
}[process.env.FLOOR];
if (!answer) throw new Error('FLOOR must be lesson or catalogue');

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const token = req.headers.authorization?.slice(7) ?? '';
      const { rows } = await pool.query(SESSION, [createHash('sha256').update(token).digest('hex')]);
      if (!rows[0]) return void res.writeHead(401).end();
      const { variables } = JSON.parse(Buffer.concat(chunks).toString());
      const data = await answer(rows[0], variables ?? {});
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    }
  });
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
// Keep-alive clients would hold close() open: end their sockets too.
process.once('SIGTERM', () => server.closeAllConnections());
