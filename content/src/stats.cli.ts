import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentCliArgs } from './cli-args';
import { cadreCoverage, loadLicenceRequirements } from './coverage';
import { formatErrors } from './format';
import { loadContent } from './load';
import { contentStats } from './stats';

// Usage: node content/dist/stats.cli.js [content-root] [--licence-types <licence-types.json>] — counts per
// curriculum and lesson, the targets, and each cadre's coverage of its licence's credit requirement.
const TARGETS = { lessons: 36, wordsPerLesson: 500, items: 300, textbooks: 3 };
const { root, licenceTypes } = contentCliArgs(process.argv.slice(2));
const set = loadContent(root);
if (set.errors.length > 0)
  console.error(`${formatErrors(set.errors)}\n(${set.errors.length} validation error(s); counts below are partial)\n`);
const stats = contentStats(set);
const short = stats.lessons.filter((l) => l.words < TARGETS.wordsPerLesson);

console.log('lesson'.padEnd(44), 'words'.padStart(6), 'refs'.padStart(5), 'items'.padStart(6));
let current = '';
for (const l of stats.lessons) {
  if (l.curriculum !== current) console.log(`\n[${(current = l.curriculum)}]`);
  const mark = l.words < TARGETS.wordsPerLesson ? '  < target' : '';
  console.log(
    `  ${l.id.padEnd(42)} ${String(l.words).padStart(6)} ${String(l.references).padStart(5)} ${String(l.items).padStart(6)}${mark}`,
  );
}
const check = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');
// Skills checklists are their own content kind; counted here by file only.
const checklistDir = join(root, 'checklists');
const checklists = existsSync(checklistDir) ? readdirSync(checklistDir).filter((f) => f.endsWith('.checklist.yaml')).length : 0;
console.log(`
curricula: ${stats.curricula}, courses: ${stats.courses}
lessons: ${stats.lessons.length} (target ${TARGETS.lessons}: ${check(stats.lessons.length >= TARGETS.lessons)})
lessons per curriculum and care level: ${stats.lessonsByLevel.map((r) => `${r.curriculum} ${r.careLevel} ${r.lessons}`).join('; ')}
lessons under ${TARGETS.wordsPerLesson} Korean words: ${short.length}${short.length ? ` (${short.map((l) => l.id).join(', ')})` : ''}
quiz items: ${stats.items} ${JSON.stringify(stats.itemsByType)} (target ${TARGETS.items}: ${check(stats.items >= TARGETS.items)})
references: ${stats.lessons.reduce((n, l) => n + l.references, 0)}
skills checklists: ${checklists}
textbooks: ${stats.textbooks.length} ${stats.textbooks.map((t) => `${t.id} (${t.chapters} chapters, ${t.sections} sections)`).join('; ')} (target ${TARGETS.textbooks}: ${check(stats.textbooks.length >= TARGETS.textbooks)})
glossary: ${JSON.stringify(stats.glossary)}`);

if (licenceTypes) {
  const errors: Parameters<typeof loadLicenceRequirements>[2] = [];
  const coverage = cadreCoverage(set.curricula, loadLicenceRequirements(licenceTypes.path, licenceTypes.file, errors));
  if (errors.length > 0) console.error(formatErrors(errors));
  const row = (cells: string[]) =>
    `${cells[0].padEnd(17)} ${cells[1].padStart(7)} ${cells[2].padStart(8)} ${cells[3].padStart(6)} ${cells[4].padStart(6)}  ${cells[5]}`;
  console.log(`\ncredit coverage per cadre (courses of the curricula open to it, against ${licenceTypes.file})`);
  console.log(row(['cadre', 'needed', 'courses', 'hours', 'share', 'topic minimums (hours / minimum)']));
  for (const c of coverage) {
    const topics = c.topics.map((t) => `${t.topic} ${t.hours}/${t.minimum}${t.hours < t.minimum ? ' SHORT' : ''}`).join(', ') || '-';
    const share = Number.isFinite(c.share) ? `${Math.round(c.share * 100)}%` : '-';
    console.log(row([c.cadre, String(c.needed), String(c.courses.length), String(c.hours), share, topics]));
  }
}
