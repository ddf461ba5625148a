import { ATTESTED, glossary } from '../testing/glossary';
import { findTerms, type TermFinding } from './find';

const brief = (f: TermFinding) => [f.entry.southTerm, f.kind, f.word];
const found = (text: string, entries = ATTESTED) => findTerms(text, entries).map(brief);

describe('findTerms: particles and endings', () => {
  it.each([
    ['우울증은', '우울증은'],
    ['우울증을', '우울증을'],
    ['우울증이', '우울증이'],
    ['우울증의', '우울증의'],
    ['우울증에서', '우울증에서'],
    ['우울증에서는', '우울증에서는'],
    ['우울증이다', '우울증이다'],
    ['우울증입니다', '우울증입니다'],
    ['우울증과도', '우울증과도'],
    ['우울증으로', '우울증으로'],
    ['우울증까지', '우울증까지'],
    ['우울증처럼', '우울증처럼'],
    ['우울증이며', '우울증이며'],
    ['우울증이나', '우울증이나'],
    ['우울증이라는', '우울증이라는'],
    ['출산을', '출산을'],
    ['출산보다', '출산보다'],
    ['차트를', '차트를'],
    ['차트가', '차트가'],
    ['차트로', '차트로'],
    ['차트다', '차트다'],
    ['차트랑', '차트랑'],
    ['단백질로', '단백질로'],
  ])('%s is the term with particles', (text, word) => {
    expect(findTerms(`환자는 ${text} 본다.`, ATTESTED).map(brief)).toEqual([[expect.any(String), 'particle', word]]);
  });

  it('reports the offsets of the term and of the whole word', () => {
    const [finding] = findTerms('환자의 우울증에서는 흔하다', ATTESTED);
    expect(finding).toMatchObject({
      start: 4,
      end: 7,
      wordStart: 4,
      wordEnd: 10,
      word: '우울증에서는',
      confidence: 'high',
      reason: 'particle: 우울증에서는',
    });
  });

  it('finds the bare term as exact, also before punctuation and line ends', () => {
    expect(found('우울증. (출산) 자궁\n차트, 호흡(breathing)')).toEqual([
      ['우울증', 'exact', '우울증'],
      ['출산', 'exact', '출산'],
      ['자궁', 'exact', '자궁'],
      ['차트', 'exact', '차트'],
      ['호흡', 'exact', '호흡'],
    ]);
  });

  it('does not read a particle that does not fit the term as one (우울증가 is 우울 + 증가)', () => {
    expect(found('우울증가 추세')).toEqual([['우울증', 'compound', '우울증가']]);
    expect(found('차트을')).toEqual([['차트', 'compound', '차트을']]);
  });
});

describe('findTerms: compounds', () => {
  it('flags a word beginning with the term as a compound, with medium confidence', () => {
    const findings = findTerms('호흡기 감염과 출산율, 자궁경부 검사', ATTESTED);
    expect(findings.map(brief)).toEqual([
      ['호흡', 'compound', '호흡기'],
      ['출산', 'compound', '출산율'],
      ['자궁', 'compound', '자궁경부'],
    ]);
    expect(findings[0]).toMatchObject({ confidence: 'medium', reason: 'compound: 호흡기 begins with 호흡', start: 0, end: 2 });
  });

  it('does not flag a short term inside or at the end of another word', () => {
    expect(found('인공호흡을 하고 조기출산 위험')).toEqual([]);
    expect(findTerms('대한약사회', glossary(['한약', '고려약'])).map(brief)).toEqual([]);
    expect(findTerms('5분만 참으면 배부분만 연다', glossary(['분만', '해산'])).map(brief)).toEqual([]);
  });

  it('flags a term of three or more syllables inside a word, with low confidence', () => {
    const [finding] = findTerms('산후우울증은 흔하다', ATTESTED);
    expect(brief(finding)).toEqual(['우울증', 'compound', '산후우울증은']);
    expect(finding).toMatchObject({ start: 2, end: 5, wordStart: 0, confidence: 'low', reason: 'compound: 산후우울증은 contains 우울증' });
    expect(found('만성신부전')).toEqual([['신부전', 'compound', '만성신부전']]);
  });

  it('reads ASCII letters and digits as part of the word', () => {
    const entries = glossary(['방사선', '렌트겐'], ['출산', '몸풀기']);
    expect(findTerms('X방사선 사진, 출산2회, 2출산', entries).map(brief)).toEqual([
      ['방사선', 'compound', 'X방사선'],
      ['출산', 'compound', '출산2회'],
    ]);
  });

  it('does not make compounds of one-syllable terms (폐 is not in 폐쇄)', () => {
    const entries = glossary(['폐', '페']);
    expect(findTerms('폐는 폐쇄된 공간의 폐기물', entries).map(brief)).toEqual([['폐', 'particle', '폐는']]);
  });
});

describe('findTerms: false friends, North Korean terms and statuses', () => {
  it('carries the relation and note of a false friend', () => {
    const [ointment, firstAid] = findTerms('연고를 바르고 응급처치를 한다', ATTESTED);
    expect(ointment.entry).toMatchObject({ relation: 'false_friend', northTerm: '고약', note: expect.stringContaining('plaster') });
    expect(firstAid).toMatchObject({ kind: 'particle', replacement: '1차 치료를' });
    expect(firstAid.entry.relation).toBe('false_friend');
  });

  it('does not flag text that already is a North Korean term, even one beginning with the South term', () => {
    const entries = glossary(
      ['캥거루', '캉가루', 'different', '', 'proposed'],
      ['캥거루 케어', '캥거루식 어머니돌봄', 'different', '', 'proposed'],
    );
    expect(findTerms('캥거루식 어머니돌봄을 한다', entries, { includeProposed: true })).toEqual([]);
    expect(findTerms('캥거루식 포대기', entries, { includeProposed: true }).map(brief)).toEqual([['캥거루', 'compound', '캥거루식']]);
    expect(found('숨쉬기와 몸풀기, 애기집')).toEqual([]);
  });

  it('skips proposed entries unless asked, and then prefers attested ones, listing other North terms', () => {
    const entries = glossary(
      ['간호사', '간호원', 'different', '', 'proposed'],
      ['이뇨제', '이뇨약', 'different', '', 'proposed'],
      ['이뇨제', '리뇨제'],
    );
    expect(findTerms('간호사가 이뇨제를 준다', entries).map(brief)).toEqual([['이뇨제', 'particle', '이뇨제를']]);
    const all = findTerms('간호사가 이뇨제를 준다', entries, { includeProposed: true });
    expect(all.map(brief)).toEqual([
      ['간호사', 'particle', '간호사가'],
      ['이뇨제', 'particle', '이뇨제를'],
    ]);
    expect(all[1].entry.northTerm).toBe('리뇨제');
    expect(all[1].alternatives.map((e) => e.northTerm)).toEqual(['이뇨약']);
  });
});

describe('findTerms: spacing and overlaps', () => {
  const xray = glossary(['흉부 X선 사진', '가슴렌트겐사진']);

  it.each(['흉부 X선 사진을', '흉부X선사진을', '흉부 X선사진을', '흉부  x선\n사진을'])('matches %j whatever the spacing', (text) => {
    const [finding] = findTerms(`먼저 ${text} 찍는다`, xray);
    expect(finding).toMatchObject({ kind: 'particle', word: text, replacement: '가슴렌트겐사진을' });
  });

  it('matches a multi-word term written without its space, and a long term written with one', () => {
    expect(found('소양성발진이 있고 소양성 발진과 신장 이식 후 응급 처치를')).toEqual([
      ['소양성 발진', 'particle', '소양성발진이'],
      ['소양성 발진', 'particle', '소양성 발진과'],
      ['신장이식', 'exact', '신장 이식'],
      ['응급처치', 'particle', '응급 처치를'],
    ]);
  });

  it('does not split a term after its first syllable, nor across a blank line', () => {
    expect(found('신 장이식, 신장이 식')).toEqual([]);
    expect(findTerms('흉부\n\nX선 사진', xray)).toEqual([]);
  });

  it('prefers the longest term where terms overlap', () => {
    const entries = glossary(
      ['신장', '콩팥'],
      ['신장이식', '콩팥나눠심기'],
      ['자궁', '애기집'],
      ['자궁경부', '애기집목', 'different', '', 'proposed'],
    );
    expect(findTerms('신장이식과 신장', entries).map(brief)).toEqual([
      ['신장이식', 'particle', '신장이식과'],
      ['신장', 'exact', '신장'],
    ]);
    expect(findTerms('자궁경부암', entries, { includeProposed: true }).map(brief)).toEqual([['자궁경부', 'compound', '자궁경부암']]);
    expect(findTerms('자궁경부암', entries).map(brief)).toEqual([['자궁', 'compound', '자궁경부암']]);
  });

  it('returns findings in text order, every occurrence', () => {
    expect(findTerms('호흡, 우울증, 호흡', ATTESTED).map((f) => [f.entry.southTerm, f.start])).toEqual([
      ['호흡', 0],
      ['우울증', 4],
      ['호흡', 9],
    ]);
  });
});
