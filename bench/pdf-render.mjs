// Part of `npm run bench`: time to render a print-ready textbook PDF of at least 100 pages on the server,
// from the real lessons in content/. Figures go to bench/results/pdf-render.json.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeResult } from './lib/results.mjs';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { renderBookPdf } = require(join(root, 'api/dist/textbooks/pdf/render-book-pdf.js'));
const { loadContent, allLessons } = require(join(root, 'content/dist/index.js'));
const MIN_PAGES = 100;
const RUNS = 3;

const lessons = allLessons(loadContent(join(root, 'content')).curricula);
if (lessons.length === 0) throw new Error('no lessons in content/');

/** Chapters of real lessons, repeated until the book is long enough. */
function book(chapterCount) {
  const chapters = Array.from({ length: chapterCount }, (_, c) => ({
    id: `ch-${c + 1}`,
    title: `제${c + 1}장`,
    sections: Array.from({ length: 3 }, (_, s) => {
      const lesson = lessons[(c * 3 + s) % lessons.length];
      return { id: `${lesson.id}-${c}-${s}`, title: lesson.title.ko, markdown: lesson.body, references: lesson.references };
    }),
  }));
  return {
    title: '벤치마크 교과서',
    subtitle: 'Benchmark textbook',
    preface: '이 책은 PDF 생성 시간을 재기 위한것이다.',
    chapters,
    stamp: { edition: 1, version: '1', date: '2026-01-01', reviewStatus: '검토 전' },
    mediaDir: join(root, 'content/media'),
  };
}

const pagesOf = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

// Grow the book until it reaches the page target, then time repeated renders of that book.
let chapters = 4;
let pages = pagesOf(await renderBookPdf(book(chapters)));
while (pages < MIN_PAGES) {
  chapters = Math.ceil((chapters * MIN_PAGES * 1.05) / Math.max(pages, 1));
  pages = pagesOf(await renderBookPdf(book(chapters)));
}
const times = [];
let bytes = 0;
for (let i = 0; i < RUNS; i++) {
  const start = process.hrtime.bigint();
  const pdf = await renderBookPdf(book(chapters));
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
  bytes = pdf.length;
}
times.sort((a, b) => a - b);
const result = {
  pages,
  chapters,
  sections: chapters * 3,
  runs: RUNS,
  medianMs: Math.round(times[Math.floor(RUNS / 2)]),
  minMs: Math.round(times[0]),
  maxMs: Math.round(times.at(-1)),
  bytes,
  msPerPage: Math.round((times[Math.floor(RUNS / 2)] / pages) * 10) / 10,
};
console.log(
  `\nPDF of ${pages} pages (${chapters} chapters): median ${result.medianMs} ms over ${RUNS} runs (${result.msPerPage} ms/page, ${Math.round(bytes / 1024)} KiB)`,
);
writeResult('pdf-render', result);
