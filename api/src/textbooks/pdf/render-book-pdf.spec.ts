import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintableBook, PrintableChapter } from './printable-book';
import { renderBookPdf } from './render-book-pdf';

const FIXTURE_MEDIA = join(__dirname, 'fixtures', 'media');
const KEY_SENTENCE = '자간전증에는 황산마그네슘을 준다';
const PARAGRAPH =
  '임신기 관리는 임신을 확인한 때부터 해산할 때까지 보건일군이 임신부를 정기적으로 만나 건강을 살피고, ' +
  '병을 미리 막고, 위험을 일찍 찾아내는 일이다. 매 접촉에서 혈압, 오줌단백, 애기집바닥높이, 태아심음을 잰다.';

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'dari-pdf-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function book(chapters: PrintableChapter[], mediaDir = FIXTURE_MEDIA): PrintableBook {
  return {
    title: '모성 및 신생아 보건',
    subtitle: 'Maternal and newborn care',
    preface: '이 책은 리인민병원의 보건일군을 위한것이다.',
    chapters,
    stamp: { edition: 1, version: '3', date: '2026-11-22', reviewStatus: '승인됨' },
    mediaDir,
  };
}

const paragraphs = (count: number) => Array.from({ length: count }, () => PARAGRAPH).join('\n\n');

const sampleBook = book([
  {
    id: 'anc',
    title: '임신기 관리',
    sections: [
      {
        id: 'anc-basics',
        title: '산전접촉의 기본',
        markdown: `## 뜻과 목적\n\n${paragraphs(12)}\n\n${KEY_SENTENCE}.\n\n${paragraphs(20)}`,
        references: [{ title: 'WHO recommendations on antenatal care', publisher: 'WHO', year: 2016 }],
      },
      {
        id: 'anc-table',
        title: '위험징후와 처치',
        markdown: [
          '| 징후 | 처치 |',
          '|---|---|',
          '| 중한 자간전증 | 황산마그네슘 4 g 정맥주사 |',
          '| 질출혈 | 정맥로를 확보하고 곧 후송한다 |',
          '',
          '![그림 1. 혈압 구분](media/bp-thresholds.svg)',
        ].join('\n'),
      },
    ],
  },
  {
    id: 'pph',
    title: '산후출혈',
    sections: [
      { id: 'pph-prevention', title: '산후출혈 예방', markdown: paragraphs(30) },
      { id: 'pph-response', title: '첫 대응과 후송', markdown: `${paragraphs(6)}\n\n- 애기집 안마\n- 옥시토신` },
    ],
  },
]);

function writePdf(name: string, pdf: Buffer): string {
  const file = join(workDir, name);
  writeFileSync(file, pdf);
  return file;
}

function pdftotext(file: string, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), ...range, file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** The printed page number next to `title` in the table of contents (page 2). */
function tocPageOf(file: string, title: string): number {
  const line = pdftotext(file, 2, true)
    .split('\n')
    .find((candidate) => candidate.includes(title));
  return Number(/(\d+)\s*$/.exec(line ?? '')?.[1]);
}

describe('renderBookPdf', () => {
  let file: string;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderBookPdf(sampleBook);
    file = writePdf('sample.pdf', pdf);
  });

  it('is an A4 document with the title, author and a fixed creation date', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)/m);
    expect(info).toMatch(/^Title:\s+모성 및 신생아 보건$/m);
    expect(info).toMatch(/^Author:\s+Dari$/m);
    expect(info).toMatch(/^CreationDate:\s+Sun Nov 22 00:00:00 2026 UTC$/m);
    expect(info).toMatch(/^JavaScript:\s+no$/m);
    expect(pageCount(file)).toBeGreaterThan(5);
  });

  it('embeds subsets of the Korean font, so the file stays small', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBe(2);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansKR-(Regular|Bold)\s.*\syes\s+yes\s+yes\s/);
    expect(pdf.length).toBeLessThan(300_000);
  });

  it('prints Korean text exactly as written', () => {
    expect(pdftotext(file)).toContain(`${KEY_SENTENCE}.`);
    expect(pdftotext(file)).toContain('이 책은 리인민병원의 보건일군을 위한것이다.');
  });

  it('lists every chapter and section in the contents with the page its heading is printed on', () => {
    const headings: [string, RegExp][] = [
      ...['산전접촉의 기본', '위험징후와 처치', '산후출혈 예방', '첫 대응과 후송'].map((title): [string, RegExp] => [
        title,
        new RegExp(`^${title}$`, 'm'),
      ]),
      // A chapter opens with its label above its title.
      ['제1장 임신기 관리', /^제1장\s*\n임신기 관리$/m],
      ['제2장 산후출혈', /^제2장\s*\n산후출혈$/m],
    ];
    for (const [title, heading] of headings) {
      const page = tocPageOf(file, title);
      expect(pdftotext(file, page)).toMatch(heading);
      // The heading is not on an earlier page of the body (page 3 is the preface).
      for (let earlier = 3; earlier < page; earlier++) expect(pdftotext(file, earlier)).not.toMatch(heading);
    }
    expect(tocPageOf(file, '산후출혈 예방')).toBeGreaterThan(tocPageOf(file, '위험징후와 처치'));
  });

  it('bookmarks chapters and sections at the pages the contents list', () => {
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-f', '1', '-l', '1', file], {
      encoding: 'utf8',
    });
    const items = [...xml.matchAll(/<item page="(\d+)">([^<]+)<\/item>/g)].map((match) => [match[2], Number(match[1])]);
    expect(items).toEqual([
      ['머리말', 3],
      ['제1장 임신기 관리', tocPageOf(file, '제1장 임신기 관리')],
      ['산전접촉의 기본', tocPageOf(file, '산전접촉의 기본')],
      ['위험징후와 처치', tocPageOf(file, '위험징후와 처치')],
      ['제2장 산후출혈', tocPageOf(file, '제2장 산후출혈')],
      ['산후출혈 예방', tocPageOf(file, '산후출혈 예방')],
      ['첫 대응과 후송', tocPageOf(file, '첫 대응과 후송')],
    ]);
  });

  it('puts the running header and the footer on every page but the title page', () => {
    const pages = pageCount(file);
    expect(pdftotext(file, 1)).not.toMatch(/- 1 -/);
    expect(pdftotext(file, 1)).toContain('제1판 · 판본 3 · 2026-11-22 · 검토: 승인됨');
    for (let page = 2; page <= pages; page++) {
      const textOfPage = pdftotext(file, page);
      expect(textOfPage).toContain(`- ${page} -`);
      expect(textOfPage).toContain('제1판 · 판본 3 · 2026-11-22 · 검토: 승인됨');
      expect(textOfPage).toContain('모성 및 신생아 보건 · ');
    }
    expect(pdftotext(file, tocPageOf(file, '산후출혈 예방'))).toContain('모성 및 신생아 보건 · 제2장 산후출혈');
  });

  it('draws tables with their cell text, SVG figures with Korean labels, captions and references', () => {
    const text = pdftotext(file);
    expect(text).toContain('황산마그네슘 4 g 정맥주사');
    expect(text).toContain('정맥로를 확보하고 곧 후송한다');
    expect(text).toContain('중한 고혈압'); // drawn by the SVG
    expect(text).toContain('그림 1. 혈압 구분'); // the caption (alt text)
    expect(text).toMatch(/참고문헌\s+1\. WHO recommendations on antenatal care\. WHO, 2016\./);
  });

  it('is deterministic', async () => {
    expect((await renderBookPdf(sampleBook)).equals(pdf)).toBe(true);
  });

  it('prints raw HTML and script links as text and never makes them actions or links', async () => {
    const mediaDir = join(workDir, 'media');
    execFileSync('mkdir', ['-p', mediaDir]);
    copyFileSync(join(FIXTURE_MEDIA, 'bp-thresholds.svg'), join(mediaDir, 'bp-thresholds.svg'));
    writeFileSync(
      join(mediaDir, 'linked.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40">' +
        '<a xlink:href="javascript:alert(2)"><text x="5" y="20" font-family="sans-serif">눌러라</text></a>' +
        '<a href="JaVaScRiPt&#58;alert(3)"><rect width="10" height="10"/></a></svg>',
    );
    const hostile = [
      '<script>alert(1)</script>',
      '',
      '[x](javascript:alert(1)) [y](vbscript:msgbox) [z](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '<img src=x onerror=alert(1)> [안전한 링크](https://www.who.int/)',
      '',
      '![링크 그림](media/linked.svg)',
      '',
      '![밖의 파일](media/../../../etc/passwd.svg)',
    ].join('\n');
    const chapters = [{ id: 'x', title: '시험', sections: [{ id: 's', title: '악성 본문', markdown: hostile }] }];
    const file = writePdf('hostile.pdf', await renderBookPdf(book(chapters, mediaDir)));
    const raw = execFileSync('cat', [file]).toString('latin1');
    expect(raw).not.toContain('/JavaScript');
    expect(raw).not.toContain('/JS');
    expect(raw.toLowerCase()).not.toContain('javascript:');
    expect(raw.toLowerCase()).not.toContain('vbscript:');
    expect(raw).not.toContain('/Launch');
    const uris = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]);
    // The link text and the URL printed after it are both clickable.
    expect(new Set(uris)).toEqual(new Set(['https://www.who.int/']));
    const text = pdftotext(file);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[x](javascript:alert(1))');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('눌러라');
    expect(text).toContain('그림을 넣을 수 없음: media/../../../etc/passwd.svg');
  });

  it('renders a book of more than 100 pages', async () => {
    const chapters = Array.from({ length: 10 }, (_, chapter) => ({
      id: `c${chapter}`,
      title: `${chapter + 1}번째 장`,
      sections: Array.from({ length: 5 }, (__, section) => ({
        id: `c${chapter}-s${section}`,
        title: `${chapter + 1}.${section + 1} 절`,
        markdown: `## 개요\n\n${paragraphs(14)}\n\n| 항목 | 값 |\n|---|---|\n| 혈색소 | 110 g/L 미만 |\n\n${paragraphs(4)}`,
      })),
    }));
    const file = writePdf('long.pdf', await renderBookPdf(book(chapters)));
    expect(pageCount(file)).toBeGreaterThanOrEqual(100);
    expect(pdftotext(file, pageCount(file))).toContain(`- ${pageCount(file)} -`);
  }, 60_000);
});
