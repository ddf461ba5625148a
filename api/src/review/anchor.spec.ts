import { anchorAt, locate } from './anchor';

const text = '산모의 혈압을 잰다. 혈압이 높으면 다시 잰다. 아기의 호흡을 본다.';
const range = (quote: string, from = 0) => ({ start: text.indexOf(quote, from), end: text.indexOf(quote, from) + quote.length });

describe('anchors', () => {
  it('finds the quote again after text was inserted before it', () => {
    const anchor = anchorAt(text, range('아기의 호흡'));
    const edited = `## 요점\n\n${text}`;
    const found = locate(edited, anchor)!;
    expect(edited.slice(found.start, found.end)).toBe('아기의 호흡');
  });

  it('tells repeated words apart by their context, even when offsets moved', () => {
    const second = anchorAt(text, range('잰다', text.indexOf('다시')));
    const edited = text.replace('산모의', '해산한 녀성의');
    const found = locate(edited, second)!;
    expect(found.start).toBe(edited.indexOf('다시 잰다') + 3);
    const first = anchorAt(text, range('잰다'));
    expect(locate(edited, first)!.start).toBe(edited.indexOf('잰다'));
  });

  it('orphans an anchor whose quote was edited away', () => {
    const anchor = anchorAt(text, range('호흡을'));
    expect(locate(text.replace('호흡을', '숨쉬기를'), anchor)).toBeNull();
    expect(locate(text, { ...anchor, quote: '' })).toBeNull();
  });
});
