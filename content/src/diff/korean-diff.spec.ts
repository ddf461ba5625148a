import { type DiffPart, diffKoreanWords } from './korean-diff';

const side = (parts: DiffPart[], skip: 'insert' | 'delete') =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('diffKoreanWords', () => {
  it('marks only the particle when a noun keeps its stem', () => {
    expect(diffKoreanWords('우울증은 흔하다.', '우울증을 찾는다.')).toEqual([
      { op: 'equal', text: '우울증' },
      { op: 'delete', text: '은' },
      { op: 'insert', text: '을' },
      { op: 'equal', text: ' ' },
      { op: 'delete', text: '흔하다' },
      { op: 'insert', text: '찾는다' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('marks a replaced term as one word, not as scattered syllables', () => {
    const parts = diffKoreanWords('산후출혈을 막는다', '해산후출혈을 막는다');
    expect(parts).toEqual([
      { op: 'insert', text: '해' },
      { op: 'equal', text: '산후출혈을 막는다' },
    ]);
    expect(diffKoreanWords('5분마다 잰다', '15분마다 잰다')).toEqual([
      { op: 'insert', text: '1' },
      { op: 'equal', text: '5분마다 잰다' },
    ]);
  });

  it('shows inserted and deleted sentences as whole words', () => {
    const parts = diffKoreanWords('첫 문장.', '첫 문장. 새 문장.');
    expect(parts).toEqual([
      { op: 'equal', text: '첫 문장.' },
      { op: 'insert', text: ' 새 문장.' },
    ]);
  });

  it('always rebuilds both texts, Markdown and line breaks included', () => {
    const before = '## 학습목표\n\n- 산모의 **혈압**을 잰다.\n- 5분마다 본다';
    const after = '## 학습목표\n\n- 임산부의 **맥박**을 잰다.\n\n- 15분마다 본다!';
    const parts = diffKoreanWords(before, after);
    expect(side(parts, 'insert')).toBe(before);
    expect(side(parts, 'delete')).toBe(after);
    expect(diffKoreanWords('', '')).toEqual([]);
    expect(diffKoreanWords('같다', '같다')).toEqual([{ op: 'equal', text: '같다' }]);
  });
});
