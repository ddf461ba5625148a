import { ATTESTED, glossary } from '../testing/glossary';
import { applyFinding, createTermMatcher, findTerms } from './find';

/** Applies every finding one at a time, finding terms again after each change (as the review workflow does). */
function applyAll(text: string, entries = ATTESTED): string {
  for (let findings = findTerms(text, entries); findings.length > 0; findings = findTerms(text, entries)) {
    text = applyFinding(text, findings[0]);
  }
  return text;
}

describe('replacement', () => {
  it.each([
    ['우울증은 흔하다', '슬픔증은 흔하다'],
    ['출산을 돕는다', '몸풀기를 돕는다'],
    ['출산은 병원에서', '몸풀기는 병원에서'],
    ['출산이 가깝다', '몸풀기가 가깝다'],
    ['출산과 산후', '몸풀기와 산후'],
    ['출산으로 인한', '몸풀기로 인한'],
    ['출산이다.', '몸풀기이다.'],
    ['자궁이 수축한다', '애기집이 수축한다'],
    ['자궁을 만진다', '애기집을 만진다'],
    ['연고를 바른다', '고약을 바른다'],
    ['연고는 하루 두 번', '고약은 하루 두 번'],
    ['연고가 없으면', '고약이 없으면'],
    ['연고로 치료', '고약으로 치료'],
    ['응급처치를 배운다', '1차 치료를 배운다'],
    ['호흡에서는 숨이', '숨쉬기에서는 숨이'],
    ['우울증', '슬픔증'],
  ])('%s → %s', (text, expected) => {
    const [finding] = findTerms(text, ATTESTED);
    expect(applyFinding(text, finding)).toBe(expected);
  });

  it('replaces only the term in a compound, keeping the rest of the word', () => {
    const [start] = findTerms('호흡기 질환', ATTESTED);
    expect(start.replacement).toBe('숨쉬기기');
    const [inside] = findTerms('만성신부전은', ATTESTED);
    expect(inside.replacement).toBe('만성콩팥맥없기는');
  });

  it('replaces a multi-word term written with any spacing', () => {
    const text = '등에 소양성발진이 있다';
    const [finding] = findTerms(text, ATTESTED);
    expect(applyFinding(text, finding)).toBe('등에 가렴돋이가 있다');
  });
});

describe('applyFinding', () => {
  const text = '# 우울증\n\n환자의 우울증을 [우울증](https://x.org/우울증) 본다. 우울증은 흔하다.';

  it('replaces exactly the chosen occurrence and keeps the rest of the text intact', () => {
    const findings = findTerms(text, ATTESTED);
    expect(findings.map((f) => f.word)).toEqual(['우울증', '우울증을', '우울증', '우울증은']);
    expect(applyFinding(text, findings[1])).toBe('# 우울증\n\n환자의 슬픔증을 [우울증](https://x.org/우울증) 본다. 우울증은 흔하다.');
    expect(applyFinding(text, findings[3])).toBe('# 우울증\n\n환자의 우울증을 [우울증](https://x.org/우울증) 본다. 슬픔증은 흔하다.');
  });

  it('refuses a finding whose word is no longer where it was found', () => {
    const births = '출산을 하고 출산이 끝나면';
    const [first, second] = findTerms(births, ATTESTED);
    const changed = applyFinding(births, first);
    expect(changed).toBe('몸풀기를 하고 출산이 끝나면');
    expect(() => applyFinding(changed, second)).toThrow('text has changed: "출산이" is no longer at offset 7');
  });

  it('leaves no South term once every finding is applied, one at a time', () => {
    expect(applyAll('출산을 앞두고 자궁이 아프면 호흡을 본다. 응급처치는 배웠다.')).toBe(
      '몸풀기를 앞두고 애기집이 아프면 숨쉬기를 본다. 1차 치료는 배웠다.',
    );
  });
});

describe('performance', () => {
  it('checks a 50,000-character text against 200 entries', () => {
    const syllables = [...'가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호'];
    const term = (i: number) => syllables[i % 41] + syllables[Math.floor(i / 41) % 41] + syllables[(i * 7) % 41];
    const entries = glossary(...Array.from({ length: 200 }, (_, i) => [term(i), `북${term(i)}`] as [string, string]));
    const words = Array.from({ length: 15_000 }, (_, i) => (i % 5 === 0 ? `${term(i % 200)}에서` : '환자의'));
    const text = words.join(' ').slice(0, 50_000);
    expect(text.length).toBe(50_000);
    const findings = createTermMatcher(entries)(text);
    expect(findings.length).toBeGreaterThan(1_000);
  });
});
