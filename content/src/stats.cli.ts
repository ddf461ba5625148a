import { resolve } from 'node:path';
import { formatErrors } from './format';
import { loadContent } from './load';
import { contentStats } from './stats';

// Usage: node content/dist/stats.cli.js [content-root] — counts per curriculum and lesson, and the targets.
const TARGETS = { lessons: 36, wordsPerLesson: 500, items: 300, textbooks: 3 };
const set = loadContent(resolve(process.argv[2] ?? 'content'));
if (set.errors.length > 0) console.error(`${formatErrors(set.errors)}\n(${set.errors.length} validation error(s); counts below are partial)\n`);
const stats = contentStats(set);
const short = stats.lessons.filter((l) => l.words < TARGETS.wordsPerLesson);

console.log('lesson'.padEnd(44), 'words'.padStart(6), 'refs'.padStart(5), 'items'.padStart(6));
let current = '';
for (const l of stats.lessons) {
  if (l.curriculum !== current) console.log(`\n[${(current = l.curriculum)}]`);
  const mark = l.words < TARGETS.wordsPerLesson ? '  < target' : '';
  console.log(`  ${l.id.padEnd(42)} ${String(l.words).padStart(6)} ${String(l.references).padStart(5)} ${String(l.items).padStart(6)}${mark}`);
}
const check = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');
console.log(`
curricula: ${stats.curricula}, courses: ${stats.courses}
lessons: ${stats.lessons.length} (target ${TARGETS.lessons}: ${check(stats.lessons.length >= TARGETS.lessons)})
lessons under ${TARGETS.wordsPerLesson} Korean words: ${short.length}${short.length ? ` (${short.map((l) => l.id).join(', ')})` : ''}
quiz items: ${stats.items} ${JSON.stringify(stats.itemsByType)} (target ${TARGETS.items}: ${check(stats.items >= TARGETS.items)})
references: ${stats.lessons.reduce((n, l) => n + l.references, 0)}
textbooks: ${stats.textbooks.length} ${stats.textbooks.map((t) => `${t.id} (${t.chapters} chapters, ${t.sections} sections)`).join('; ')} (target ${TARGETS.textbooks}: ${check(stats.textbooks.length >= TARGETS.textbooks)})
glossary: ${JSON.stringify(stats.glossary)}`);
