import { breakLines, widestWord, type Line } from './line-breaker';
import { text } from './markdown-model';

/** Every character is 1 wide, so widths are character counts. */
const measure = (value: string) => Array.from(value).length;
const texts = (lines: Line[]) => lines.map((line) => line.pieces.map((piece) => piece.text).join(''));

describe('breakLines', () => {
  it('breaks Korean text only at spaces, never inside a word', () => {
    const lines = breakLines([text('자간전증에는 황산마그네슘을 준다')], 10, measure);
    expect(texts(lines)).toEqual(['자간전증에는', '황산마그네슘을 준다']);
    expect(lines.map((line) => line.width)).toEqual([6, 10]);
  });

  it('keeps a word together across style changes and merges runs of one style', () => {
    const lines = breakLines([text('먼저 '), text('황산마그네슘', { bold: true }), text('을 준다')], 9, measure);
    expect(texts(lines)).toEqual(['먼저', '황산마그네슘을', '준다']);
    expect(lines[1].pieces.map((piece) => [piece.text, !!piece.style.bold])).toEqual([
      ['황산마그네슘', true],
      ['을', false],
    ]);
  });

  it('splits a word longer than a line between characters', () => {
    expect(texts(breakLines([text('https://example.org/abc')], 10, measure))).toEqual(['https://ex', 'ample.org/', 'abc']);
  });

  it('honours hard breaks and collapses runs of spaces; a no-break space joins words', () => {
    const lines = breakLines([text('가   나'), { kind: 'break' }, text('다\u00a0라')], 100, measure);
    expect(texts(lines)).toEqual(['가 나', '다\u00a0라']);
  });

  it('finds the widest word, which a table column needs at least', () => {
    expect(widestWord([text('혈압 160/110 이상'), text('이면', { bold: true })], measure)).toBe(7);
  });
});
