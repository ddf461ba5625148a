import type { ContentError } from './front-matter';
import { findSouthTerms, parseGlossaryTsv } from './glossary';
import { formatErrors } from './format';
import { loadContent } from './load';
import { base, lesson, tree } from './testing/fixtures';

const HEADER = 'south_term\tnorth_term\trelation\tdomain\tnote\tsource\tstatus';
const rows = [
  '우울증\t슬픔증\tdifferent\tpsychiatry\t\thttps://example.org/a\tattested',
  '호흡\t숨쉬기\tdifferent\t\t\thttps://example.org/b\tattested',
  '간호사\t간호원\tdifferent\t\tbelieved\t\tproposed',
];
const glossary = () => parseGlossaryTsv('glossary/terms.tsv', [HEADER, ...rows].join('\n'), []);

describe('glossary', () => {
  it('finds a South Korean term with particles and as the start of a compound', () => {
    const found = findSouthTerms('우울증은 흔하다. 호흡기 병. 숨쉬기가 빠르다.', glossary());
    expect(found.map((f) => f.entry.southTerm)).toEqual(['우울증', '호흡']);
  });

  it('does not flag a word that only ends with the term, nor proposed terms', () => {
    expect(findSouthTerms('인공호흡과 간호사', glossary())).toEqual([]);
  });

  it('reports bad rows with their line', () => {
    const errors: ContentError[] = [];
    parseGlossaryTsv('g.tsv', [HEADER, '가\t나\tsimilar\t\t\t\tattested', '다\t라'].join('\n'), errors);
    expect(formatErrors(errors)).toBe(
      [
        'g.tsv:2: relation must be one of different, false_friend, nk_loanword',
        'g.tsv:2: an attested term needs a source',
        'g.tsv:3: expected 7 tab-separated columns, found 2',
      ].join('\n'),
    );
  });

  it('makes the validator report a South Korean term in a lesson body with its line', () => {
    const body = lesson('lesson-b').replace('본문', '첫줄\n환자의 우울증을 본다');
    const { errors } = loadContent(
      tree({ ...base, 'curricula/cur/course-a/lesson-b.md': body, 'glossary/terms.tsv': [HEADER, ...rows].join('\n') }),
    );
    expect(formatErrors(errors)).toBe(
      'curricula/cur/course-a/lesson-b.md:16: South Korean term "우울증" (particle: 우울증을): use "슬픔증" (glossary/terms.tsv:2)',
    );
  });

  it('reports compounds and false friends as errors with their kind, but not terms in link URLs or proposed terms', () => {
    const terms = [HEADER, ...rows, '연고\t고약\tfalse_friend\t\tnote\thttps://example.org/c\tattested'].join('\n');
    const text = '첫줄\n호흡기 [안내](https://example.org/우울증) 연고 간호사가';
    const body = lesson('lesson-b').replace('본문', text);
    const { errors } = loadContent(tree({ ...base, 'curricula/cur/course-a/lesson-b.md': body, 'glossary/terms.tsv': terms }));
    expect(formatErrors(errors)).toBe(
      [
        'curricula/cur/course-a/lesson-b.md:16: South Korean term "호흡" (compound: 호흡기 begins with 호흡): use "숨쉬기" (glossary/terms.tsv:3)',
        'curricula/cur/course-a/lesson-b.md:16: South Korean term "연고" (false friend; exact): use "고약" (glossary/terms.tsv:5)',
      ].join('\n'),
    );
  });
});
