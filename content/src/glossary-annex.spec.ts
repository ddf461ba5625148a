import { glossaryAnnex } from './glossary-annex';
import type { GlossaryEntry } from './types';

const entry = (southTerm: string, northTerm: string, domain = 'general', status: GlossaryEntry['status'] = 'attested'): GlossaryEntry => ({
  southTerm,
  northTerm,
  domain,
  status,
  relation: 'different',
  note: '',
  source: '',
  file: 'glossary/x.tsv',
  line: 2,
});

describe('glossaryAnnex', () => {
  const glossary = [
    entry('자궁', '애기집', 'obstetrics'),
    entry('이뇨제', '리뇨제', 'pharmacy', 'proposed'),
    entry('진통제', '진통약', 'pharmacy', 'proposed'),
    entry('우울증', '슬픔증', 'psychiatry'),
    entry('자궁', '애기집', 'obstetrics'),
  ];

  it('lists the terms that occur in the book, in North Korean dictionary order, once each, with English and INN from the text', () => {
    const text = '애기집(uterus)을 누른다. 리뇨제(furosemide)를 준다. 진통약을 준다. 애기집 수축.';
    expect(glossaryAnnex(text, glossary)).toEqual([
      { north: '리뇨제', south: '이뇨제', inn: 'furosemide', proposed: true },
      // Initial ㅇ comes last in North Korean order.
      { north: '진통약', south: '진통제', proposed: true },
      { north: '애기집', south: '자궁', english: 'uterus', proposed: false },
    ]);
  });

  it('keeps a bracketed phrase that is not one lowercase word as English, even for a medicine class', () => {
    expect(glossaryAnnex('리뇨제(Loop diuretics)', glossary)).toEqual([
      { north: '리뇨제', south: '이뇨제', english: 'Loop diuretics', proposed: true },
    ]);
    expect(glossaryAnnex('건강한 사람', glossary)).toEqual([]);
  });
});
