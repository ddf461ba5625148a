import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintableBook } from './printable-book';
import { renderBookPdf } from './render-book-pdf';

const FILLER = '임신기 관리는 임신을 확인한 때부터 해산할 때까지 보건일군이 임신부를 정기적으로 만나 건강을 살피는 일이다.';
const pageOf = (n: number) => Array.from({ length: n }, () => FILLER).join('\n\n');

// Chapter 1: the term 산후출혈 early; chapter 2 starts on a new page, with 산후출혈 again after a page of filler.
const book: PrintableBook = {
  title: '모성보건',
  chapters: [
    {
      id: 'c1',
      title: '임신기',
      sections: [{ id: 's1', title: '산전접촉', markdown: `산후출혈을 미리 막는다. 옥시토신(oxytocin)을 준다.\n\n${pageOf(3)}` }],
      selfAssessment: [
        {
          stem: '산후출혈을 막는 약은?',
          options: ['옥시토신', '아스피린', '철분'],
          answer: 'ㄱ',
          explanation: '옥시토신을 10 IU 근육주사한다.',
        },
        { stem: '임신부의 혈압은 매 접촉에서 잰다.', options: [], answer: '옳다' },
      ],
    },
    {
      id: 'c2',
      title: '해산',
      sections: [{ id: 's2', title: '해산 뒤', markdown: `${pageOf(45)}\n\n산후출혈은 해산 뒤 24시간 안에 많다.` }],
    },
  ],
  index: ['옥시토신', '산후출혈'],
  glossary: [
    { north: '애기집', south: '자궁', english: 'uterus' },
    { north: '옥시토신', south: '옥시토신', inn: 'oxytocin', proposed: true },
  ],
  stamp: { edition: 1, version: '1', date: '2026-12-07', reviewStatus: '승인됨' },
  mediaDir: tmpdir(),
};

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dari-back-'));
  file = join(dir, 'book.pdf');
  writeFileSync(file, await renderBookPdf(book));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pdftotext = (page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });
const pageCount = () => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** Pages (1-based) whose text matches. */
const pagesWith = (pattern: RegExp) => Array.from({ length: pageCount() }, (_, i) => i + 1).filter((p) => pattern.test(pdftotext(p)));

describe('back matter of the printed book', () => {
  it("prints each chapter's self-assessment at its end and the answers at the end of the book", () => {
    const text = pdftotext();
    expect(text).toMatch(
      /자체평가[\s\S]*1\.\s*산후출혈을 막는 약은\?[\s\S]*ㄱ\. 옥시토신[\s\S]*2\.\s*임신부의 혈압은 매 접촉에서 잰다\.[\s\S]*옳다 \/ 틀리다/,
    );
    const [answers] = pagesWith(/자체평가 답/).slice(-1);
    const answerPage = pdftotext(answers);
    expect(answerPage).toMatch(/제1장 임신기[\s\S]*1\.\s*ㄱ — 옥시토신을 10 IU 근육주사한다\.[\s\S]*2\.\s*옳다/);
    // The questions come before chapter 2 starts.
    expect(pagesWith(/산후출혈을 막는 약은/)[0]).toBeLessThan(pagesWith(/제2장/).at(-1)!);
  });

  it('prints the glossary annex with the North and South term, English and INN, marking proposed terms', () => {
    const annex = pdftotext(pagesWith(/용어대조표/).at(-1));
    expect(annex).toMatch(/북측 용어\s+남측 용어\s+영어\s+약의 국제이름\(INN\)/);
    expect(annex).toMatch(/애기집\s+자궁\s+uterus/);
    expect(annex).toMatch(/옥시토신 \*\s+옥시토신\s+oxytocin/);
    expect(annex).toContain('제안용어');
  });

  it('prints the index with the pages each term occurs on, matching where the body prints it', () => {
    const indexPage = pagesWith(/찾아보기/).at(-1)!;
    const index = pdftotext(indexPage);
    const bodyPages = (term: string) => pagesWith(new RegExp(term)).filter((p) => p < pagesWith(/자체평가 답/).at(-1)! && p > 2);
    const printed = (term: string) => new RegExp(`${term}\\s+([\\d, ]+)`).exec(index)?.[1].split(',').map(Number);
    // The table of contents (page 2) and the back matter are not counted.
    expect(printed('산후출혈')).toEqual(bodyPages('산후출혈'));
    // Chapter 1's page (section and question) and chapter 2's last page, not the pages of filler between.
    expect(printed('산후출혈')).toEqual([3, expect.any(Number)]);
    expect(printed('산후출혈')![1]).toBeGreaterThan(4);
    expect(printed('옥시토신')).toEqual(bodyPages('옥시토신'));
    // Dictionary order: 산후출혈 before 옥시토신.
    expect(index.indexOf('산후출혈')).toBeLessThan(index.indexOf('옥시토신'));
    expect(pdftotext(2)).toMatch(/찾아보기\s+\d+/);
  });
});
