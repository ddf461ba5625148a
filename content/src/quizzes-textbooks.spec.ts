import { formatErrors } from './format';
import { loadContent } from './load';
import { contentStats } from './stats';
import { base, tree } from './testing/fixtures';

const quiz = (items: string, lessonId = 'lesson-a') => `id: quiz-a
title: { ko: 확인문제, en: Quiz }
lesson: ${lessonId}
passMark: 80
maxAttempts: 3
items:
${items}`;
const single = `  - id: q-1
    type: single
    objective: 1
    stem: 옳은것은?
    options:
      - { text: 가 }
      - { text: 나, correct: true }
      - { text: 다 }
    explanation: 나가 옳다.
`;
const trueFalse = `  - id: q-2
    type: true_false
    objective: 1
    stem: 참인가?
    answer: false
    explanation: 거짓이다.
`;
const textbook = (sections: string) => `---
id: book
title: { ko: 교과서, en: Textbook }
summary: { en: Summary }
topic: maternal
careLevel: primary
cadres: [midwife]
edition: 1
chapters:
  - id: book-ch1
    title: { ko: 제1장, en: Chapter 1 }
    sections:
${sections}
---
머리말
`;
const section = `---
id: book-extra
title: { ko: 부록, en: Appendix }
reviewBy: 2028-12-31
---
부록 본문 ![그림 설명](media/figure.svg)
`;
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text x="1" y="5">가</text></svg>';
const path = 'curricula/cur/course-a/quiz-a.quiz.yaml';

describe('quizzes', () => {
  it('loads items with lettered options and counts them', () => {
    const set = loadContent(tree({ ...base, [path]: quiz(single + trueFalse) }));
    expect(set.errors).toEqual([]);
    const loaded = set.curricula[0].courses[0].quizzes[0];
    expect(loaded.items[0].options.map((o) => [o.id, o.correct])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    expect(contentStats(set)).toMatchObject({ items: 2, itemsByType: { single: 1, true_false: 1 } });
  });

  it('reports a wrong answer key, a missing objective and an unknown lesson with their lines', () => {
    const broken = single.replace('{ text: 가 }', '{ text: 가, correct: true }').replace('objective: 1', 'objective: 4');
    const text = formatErrors(loadContent(tree({ ...base, [path]: quiz(broken, 'lesson-zzz') })).errors);
    expect(text).toContain(`${path}:3: lesson "lesson-zzz" is not a lesson of this course`);
    expect(text).toMatch(new RegExp(`${path}:\\d+: a single item needs exactly one correct option, found 2`));
    const { errors } = loadContent(tree({ ...base, [path]: quiz(single.replace('objective: 1', 'objective: 4')) }));
    expect(formatErrors(errors)).toContain(`${path}:9: objective 4 does not exist: lesson "lesson-a" has 1`);
  });

  it('reports a missing field and a duplicate item id', () => {
    const missing = formatErrors(
      loadContent(tree({ ...base, [path]: quiz(single + trueFalse.replace('    explanation: 거짓이다.\n', '')) })).errors,
    );
    expect(missing).toBe(`${path}:16: items.1.explanation: Invalid input: expected string, received undefined`);
    const duplicate = formatErrors(loadContent(tree({ ...base, [path]: quiz(single + single) })).errors);
    expect(duplicate).toContain(`${path}:16: duplicate id "q-1" (also in ${path})`);
  });
});

describe('textbooks', () => {
  const files = {
    ...base,
    'textbooks/book/textbook.md': textbook('      - lesson: lesson-a\n      - section: book-extra'),
    'textbooks/book/book-extra.md': section,
    'media/figure.svg': svg,
  };

  it('builds chapters from lessons and written sections', () => {
    const { textbooks, errors } = loadContent(tree(files));
    expect(errors).toEqual([]);
    expect(textbooks[0].chapters[0].sections.map((s) => [s.kind, s.id])).toEqual([
      ['lesson', 'lesson-a'],
      ['section', 'book-extra'],
    ]);
  });

  it('reports a broken lesson link, a missing section file and a missing figure', () => {
    const { errors } = loadContent(
      tree({
        ...files,
        'textbooks/book/textbook.md': textbook('      - lesson: lesson-gone\n      - section: book-extra\n      - section: book-none'),
        'media/figure.svg': undefined as never,
      }),
    );
    const text = formatErrors(errors);
    expect(text).toContain('textbooks/book/textbook.md:13: lesson "lesson-gone" does not exist');
    expect(text).toContain('textbooks/book/textbook.md:15: section "book-none" has no file book-none.md');
    expect(text).toContain('textbooks/book/book-extra.md:6: image media/figure.svg does not exist');
  });

  it('keeps index terms that occur in the book and reports those that do not, or repeat', () => {
    const indexed = (terms: string) =>
      textbook('      - lesson: lesson-a\n      - section: book-extra').replace('---\n머리말', `index:\n${terms}---\n머리말`);
    const fine = loadContent(tree({ ...files, 'textbooks/book/textbook.md': indexed('  - 부록 본문\n') }));
    expect(fine.errors).toEqual([]);
    expect(fine.textbooks[0].index).toEqual(['부록 본문']);
    const text = formatErrors(
      loadContent(tree({ ...files, 'textbooks/book/textbook.md': indexed('  - 부록 본문\n  - 없는 말\n  - 부록 본문\n') })).errors,
    );
    expect(text).toContain('textbooks/book/textbook.md:17: index term "없는 말" does not occur in any section of this textbook');
    expect(text).toContain('textbooks/book/textbook.md:18: index term "부록 본문" is listed twice');
  });

  it('rejects an SVG with script', () => {
    const { errors } = loadContent(tree({ ...files, 'media/figure.svg': svg.replace('<text', '<script>alert(1)</script><text') }));
    expect(formatErrors(errors)).toContain('media/figure.svg:1: SVG must not contain scripts');
  });
});

describe('lesson structure', () => {
  it('requires objectives, a clinical case, key points and references in every lesson', () => {
    const bare = base['curricula/cur/course-a/lesson-a.md'].replace(/## 림상실례[\s\S]*$/, '');
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-a.md': bare }));
    expect(formatErrors(errors)).toContain(
      'curricula/cur/course-a/lesson-a.md:14: lesson body lacks the section(s) ## 림상실례, ## 요점, ## 참고문헌',
    );
  });
});
