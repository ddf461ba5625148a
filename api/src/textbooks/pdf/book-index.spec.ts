import { indexPages, sortTerms } from './book-index';

describe('indexPages', () => {
  it('lists each page a term is printed on once, ascending', () => {
    const pages = ['머리말', '산후출혈은 흔하다. 옥시토신(oxytocin)을 준다.', '표', '산후출혈 뒤 옥시토신 산후출혈'];
    expect(indexPages(['산후출혈', '옥시토신', '자간'], pages)).toEqual(
      new Map([
        ['산후출혈', [2, 4]],
        ['옥시토신', [2, 4]],
        ['자간', []],
      ]),
    );
  });

  it('finds a term whose words were broken across lines or pages, on the page where it starts', () => {
    // Line breaking may drop or keep the space between words: the index must not depend on it.
    expect(indexPages(['막힌 해산'], ['첫 페지', '이것은 막힌', '해산이다'])).toEqual(new Map([['막힌 해산', [2]]]));
    expect(indexPages(['막힌 해산'], ['막', '힌해산'])).toEqual(new Map([['막힌 해산', [1]]]));
  });
});

describe('sortTerms', () => {
  it('orders terms as a North Korean dictionary does: double consonants after ㅎ, initial ㅇ last', () => {
    expect(sortTerms(['혈압', '옥시토신', '결핵', '뼈', '간호원'])).toEqual(['간호원', '결핵', '혈압', '뼈', '옥시토신']);
  });
});
