import { endingOf } from './hangul';
import { attach, parseParticles } from './particles';

const forms = (rest: string, noun: string) => parseParticles(rest, endingOf(noun))?.map((p) => p.form);

describe('endingOf', () => {
  it.each([
    ['우울증', 'consonant'],
    ['몸풀기', 'vowel'],
    ['단백질', 'rieul'],
    ['1차 치료', 'vowel'],
    ['염증약(NSAID)', 'consonant'],
    ['X선', 'consonant'],
    ['HIV', 'vowel'],
    ['HbA1c 7', 'rieul'],
    ['', undefined],
    ['...', undefined],
  ])('%j ends with a %s', (word, ending) => {
    expect(endingOf(word)).toBe(ending);
  });
});

describe('parseParticles', () => {
  it('reads a sequence of particles, each fitting the word before it', () => {
    expect(forms('', '우울증')).toEqual([]);
    expect(forms('에서는', '우울증')).toEqual(['에서', '는']);
    expect(forms('과도', '우울증')).toEqual(['과', '도']);
    expect(forms('만은', '우울증')).toEqual(['만', '은']);
    expect(forms('으로부터', '우울증')).toEqual(['으로', '부터']);
    expect(forms('이라는', '우울증')).toEqual(['이라는']);
  });

  it('reads the copula as one ending, not as 이 + 다', () => {
    expect(forms('이다', '우울증')).toEqual(['이다']);
    expect(forms('이다', '몸풀기')).toEqual(['이다']);
    expect(forms('다', '몸풀기')).toEqual(['다']);
  });

  it('refuses a form that does not fit the word before it', () => {
    expect(forms('가', '우울증')).toBeUndefined();
    expect(forms('를', '출산')).toBeUndefined();
    expect(forms('을', '차트')).toBeUndefined();
    expect(forms('다', '우울증')).toBeUndefined();
    expect(forms('으로', '단백질')).toBeUndefined();
    expect(forms('로', '단백질')).toEqual(['로']);
  });

  it('refuses a rest that is not wholly particles (a compound)', () => {
    expect(forms('기', '호흡')).toBeUndefined();
    expect(forms('율을', '출산')).toBeUndefined();
    expect(forms('경부', '자궁')).toBeUndefined();
    expect(forms('은은은은은', '우울증')).toBeUndefined();
  });
});

describe('attach: particle harmony', () => {
  const moved = (from: string, rest: string, to: string) => attach(to, parseParticles(rest, endingOf(from)) ?? []);

  it.each([
    // [South term, particles, North term, expected]
    ['우울증', '은', '슬픔증', '슬픔증은'],
    ['출산', '을', '몸풀기', '몸풀기를'],
    ['출산', '은', '몸풀기', '몸풀기는'],
    ['출산', '이', '몸풀기', '몸풀기가'],
    ['출산', '과', '몸풀기', '몸풀기와'],
    ['출산', '으로', '몸풀기', '몸풀기로'],
    ['출산', '이랑', '몸풀기', '몸풀기랑'],
    ['자궁', '이', '애기집', '애기집이'],
    ['자궁', '으로', '애기집', '애기집으로'],
    ['차트', '를', '깔따', '깔따를'],
    ['연고', '를', '고약', '고약을'],
    ['연고', '는', '고약', '고약은'],
    ['연고', '가', '고약', '고약이'],
    ['연고', '와', '고약', '고약과'],
    ['연고', '로', '고약', '고약으로'],
    ['연고', '로', '고약물', '고약물로'],
    ['연고', '랑', '고약', '고약이랑'],
    ['연고', '다', '고약', '고약이다'],
    ['연고', '나', '고약', '고약이나'],
    ['출산', '이다', '몸풀기', '몸풀기이다'],
    ['출산', '이며', '몸풀기', '몸풀기이며'],
    ['단백질', '로', '계란소', '계란소로'],
    ['호흡', '에서는', '숨쉬기', '숨쉬기에서는'],
    ['출산', '으로부터', '몸풀기', '몸풀기로부터'],
    ['출산', '만을', '몸풀기', '몸풀기만을'],
    ['응급처치', '를', '1차 치료', '1차 치료를'],
    ['응급처치', '는', '염증약(NSAID)', '염증약(NSAID)은'],
  ])('%s%s → %s: %s', (south, rest, north, expected) => {
    expect(moved(south, rest, north)).toBe(expected);
  });
});
