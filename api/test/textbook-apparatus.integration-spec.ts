import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

const APPARATUS = `query ($id: ID!) {
  textbook(id: $id) {
    index { term sections { id title } }
    glossaryAnnex { north south english inn proposed }
    chapters { id selfAssessment { id case stem options answer explanation } }
  }
}`;
type Apparatus = {
  textbook: {
    index: { term: string; sections: { id: string; title: string }[] }[];
    glossaryAnnex: Record<string, unknown>[];
    chapters: { id: string; selfAssessment: Record<string, unknown>[] }[];
  };
};

// The fixture book (api/test/fixtures/content/textbooks/test-textbook) lists index terms 옥시토신, 황산마그네슘 and
// 숨쉬기; the fixture glossary's 숨쉬기 (호흡) occurs in its appendix; chapter 1's lesson has a quiz of two items.
describe(`textbook index, glossary annex and self-assessment (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('trainee');
  });
  afterAll(() => app.close());

  it('gives readers the index with the sections that contain each term, in North Korean dictionary order', async () => {
    const { data, errors } = await app.gql<Apparatus>(APPARATUS, { id: 'test-textbook' }, { token });
    expect(errors).toBeUndefined();
    expect(data!.textbook.index).toEqual([
      { term: '숨쉬기', sections: [{ id: 'test-textbook-appendix', title: '부록 — 약품표' }] },
      { term: '황산마그네슘', sections: [expect.objectContaining({ id: 'test-textbook-appendix' })] },
      // Initial ㅇ comes last in North Korean order. The appendix names 옥시토신 in a figure's caption.
      {
        term: '옥시토신',
        sections: ['test-lesson-one', 'test-textbook-appendix', 'test-lesson-three'].map((id) => expect.objectContaining({ id })),
      },
    ]);
  });

  it("gives the glossary annex and each chapter's questions with their answers", async () => {
    const { data } = await app.gql<Apparatus>(APPARATUS, { id: 'test-textbook' }, { token });
    expect(data!.textbook.glossaryAnnex).toEqual([{ north: '숨쉬기', south: '호흡', english: null, inn: null, proposed: false }]);
    const [first, second] = data!.textbook.chapters;
    expect(first.selfAssessment).toEqual([
      {
        id: 'test-lesson-one-q01',
        case: null,
        stem: '태아만출 직후 옥시토신 용량은?',
        options: ['5 IU 정맥주사', '10 IU 근육주사', '20 IU 먹는약'],
        answer: 'ㄴ',
        explanation: 'WHO는 옥시토신 10 IU 근육주사를 권고한다.',
      },
      expect.objectContaining({ id: 'test-lesson-one-q02', options: [], answer: '틀리다' }),
    ]);
    expect(second.selfAssessment).toEqual([]);
  });

  it('prints the self-assessment, its answers, the annex and the index with page numbers in the PDF', async () => {
    const res = await fetch(`${app.url}/textbooks/test-textbook.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'dari-pdf-')), 'book.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' });
    const all = Array.from({ length: pages }, (_, i) => page(i + 1));
    const first = (pattern: RegExp) => all.findIndex((text) => pattern.test(text)) + 1;
    const text = all.join('\f');

    expect(text).toMatch(
      /자체평가[\s\S]*1\.\s*태아만출 직후 옥시토신 용량은\?[\s\S]*ㄴ\. 10 IU 근육주사[\s\S]*2\.\s*옥시토신은 태반이 나온 다음에만 준다\./,
    );
    expect(all[first(/^\s*자체평가 답\s*$/m) - 1]).toMatch(
      /제1장 해산 제3기[\s\S]*1\.\s*ㄴ — WHO는 옥시토신 10 IU 근육주사를 권고한다\.[\s\S]*2\.\s*틀리다/,
    );
    expect(all[first(/^\s*용어대조표\s*$/m) - 1]).toMatch(/숨쉬기\s+호흡/);

    const index = all[first(/^\s*찾아보기\s*$/m) - 1];
    const pagesOf = (term: string) => new RegExp(`${term}\\s+([\\d, ]+)`).exec(index)?.[1].split(',').map(Number);
    // Each listed page prints the term; 황산마그네슘 is on the appendix's page only.
    for (const term of ['옥시토신', '황산마그네슘', '숨쉬기']) {
      const listed = pagesOf(term)!;
      expect(listed.length).toBeGreaterThan(0);
      for (const n of listed) expect(all[n - 1]).toContain(term);
    }
    expect(pagesOf('황산마그네슘')).toEqual([first(/황산마그네슘\(magnesium sulfate\)은/)]);
  });
});
