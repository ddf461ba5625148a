import { plainText, snippet } from './snippet';

describe('snippet', () => {
  it('marks every occurrence of every term, case-insensitively, inside a window around the first match', () => {
    const parts = snippet('임신부의 혈압을 잰다. 혈압이 높으면 Oxytocin 이 아니라 후송한다.', ['혈압', 'oxytocin']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['혈압', '혈압', 'Oxytocin']);
    expect(parts.map((p) => p.text).join('')).toBe('임신부의 혈압을 잰다. 혈압이 높으면 Oxytocin 이 아니라 후송한다.');
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = `${'가'.repeat(300)}자간${'나'.repeat(300)}`;
    const parts = snippet(text, ['자간']);
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((p) => p.match)?.text).toBe('자간');
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(170);
  });

  it('keeps markup as plain text for the client to show, not interpret', () => {
    const parts = snippet('<img src=x onerror=alert(1)> 자간', ['자간']);
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', match: false });
  });

  it('reduces Markdown to readable words', () => {
    expect(
      plainText('## 요점\n\n- **황산마그네슘**을 [WHO](https://who.int) 지침대로\n\n| 약 | 용량 |\n|---|---|\n![그림](media/a.svg)'),
    ).toBe('요점 황산마그네슘을 WHO 지침대로 약 용량 그림');
  });
});
