// The JavaScript each page of the web app loads before it can show itself, gzipped, against a budget: the
// entry (index.html's script and its static imports) plus the page's lazy chunk and its static imports, read
// from the build's manifest (web/dist/.vite/manifest.json). Exits 1 when a page grows past its budget or a
// trainee page loads faculty code. Run after `vite build`; `npm test` runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
// Budgets in KB gzipped, a few KB above what each page loads today, so growth fails `npm test`. Lower a
// budget whenever a page shrinks. A trainee's page may never load more than TRAINEE_LIMIT: readers render the
// Markdown trees the API sends (`bodyTree`), so the parser (markdown-it, ~41 KB gzipped) stays with authors.
const TRAINEE_LIMIT = 150;
export const ROUTES = [
  { route: '/lessons/:id', page: 'LessonPage', trainee: true, budget: 136 },
  { route: '/textbooks/:id/:section', page: 'TextbookReaderPage', trainee: true, budget: 134 },
  { route: '/courses/:id', page: 'CoursePage', trainee: true, budget: 132 },
  { route: '/', page: 'TraineeHomePage', trainee: true, budget: 131 },
  { route: '/quizzes/:id', page: 'QuizPage', trainee: true, budget: 130 },
  { route: '/login', page: 'SignInPage', trainee: true, budget: 127 },
  { route: '/revisions/:id/edit', page: 'RevisionEditorPage', trainee: false, budget: 175 },
  { route: '/review/:id', page: 'ReviewPage', trainee: false, budget: 177 },
  { route: '/registry/workers/:id', page: 'RegistryWorkerPage', trainee: false, budget: 134 },
];
// Code a trainee never needs: authoring, review, registry, glossary and administration.
const FACULTY = /^(Revision|ReviewPage|ReviewQueue|Registry|Glossary|ContentHistory|CourseReport|ItemPreview|Notifications)/;

const dist = join(import.meta.dirname, '../web/dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gzipped.get(file);
};

/** Chunks loaded with `key`: it and its static imports, recursively (dynamic imports load later, if ever). */
function closure(key, seen = new Map()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.set(key, chunk);
  for (const next of chunk.imports ?? []) closure(next, seen);
  return seen;
}

const entry = closure('index.html');
const pageKey = (page) => Object.keys(manifest).find((key) => key.endsWith(`/pages/${page}.tsx`));
const problems = ROUTES.filter((r) => r.trainee && r.budget > TRAINEE_LIMIT).map(
  (r) => `${r.route}: a trainee page's budget (${r.budget} KB) is above issue 14's ${TRAINEE_LIMIT} KB`,
);
console.log('route                         page JS (KB gzipped)   budget');
for (const { route, page, trainee, budget } of ROUTES) {
  const key = pageKey(page);
  if (!key) {
    problems.push(`${route}: no chunk for ${page} in the manifest`);
    continue;
  }
  const chunks = closure(key, new Map(entry));
  const js = [...chunks.values()].filter((c) => c.file.endsWith('.js'));
  const bytes = js.reduce((sum, c) => sum + sizeOf(c.file), 0);
  const over = bytes > budget * KB;
  console.log(
    `${route.padEnd(30)}${(bytes / KB).toFixed(1).padStart(8)} KB in ${String(js.length).padStart(2)} files  ${String(budget).padStart(4)} KB${over ? '  OVER' : ''}`,
  );
  if (over) problems.push(`${route} loads ${(bytes / KB).toFixed(1)} KB of JavaScript gzipped, over its budget of ${budget} KB`);
  if (trainee) {
    const faculty = js.filter((c) => FACULTY.test(c.name ?? ''));
    if (faculty.length) problems.push(`${route} (a trainee page) loads faculty code: ${faculty.map((c) => c.file).join(', ')}`);
  }
}
if (problems.length) {
  console.error(`\nBundle budget exceeded:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('\nEvery page within its budget.');
