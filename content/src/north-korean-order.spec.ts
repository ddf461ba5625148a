import { compareNorthKorean } from './north-korean-order';

const sorted = (words: string[]) => [...words].sort(compareNorthKorean);

describe('compareNorthKorean', () => {
  it('puts double consonants after ㅎ and initial ㅇ last', () => {
    expect(sorted(['아기', '까치', '혈압', '간호원', '씨앗', '사람'])).toEqual(['간호원', '사람', '혈압', '까치', '씨앗', '아기']);
  });

  it('puts ㅐ ㅔ ㅚ ㅟ ㅢ ㅘ ㅝ after ㅣ', () => {
    expect(sorted(['개', '기', '가', '과', '괴', '고'])).toEqual(['가', '고', '기', '개', '괴', '과']);
    expect(sorted(['뇌졸중', '눈', '뇨', '니'])).toEqual(['뇨', '눈', '니', '뇌졸중']);
  });

  it('orders final consonants, ㄲ and ㅆ after ㅎ, a shorter word first, digits and Latin before Hangul', () => {
    expect(sorted(['갔', '갈', '각', '가', '갛'])).toEqual(['가', '각', '갈', '갛', '갔']);
    expect(sorted(['결핵약', '결핵', 'X선', '2형당뇨병'])).toEqual(['2형당뇨병', 'X선', '결핵', '결핵약']);
  });
});
