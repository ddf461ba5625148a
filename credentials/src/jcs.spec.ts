import { jcs } from './jcs';

describe('jcs (RFC 8785)', () => {
  it('serializes the RFC 8785 section 3.2.2 example: ES6 numbers, minimal string escapes, sorted keys', () => {
    const input = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    expect(jcs(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 section 3.2.3)', () => {
    const input = JSON.parse(String.raw`{
      "\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    // Read the values off the text: JSON.parse would put the integer-like key "1" first again.
    expect([...jcs(input).matchAll(/:"([^"]*)"/g)].map((match) => match[1])).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('keeps Hangul as UTF-8 text, not escapes', () => {
    expect(jcs({ 이름: '리영희', a: 1 })).toBe('{"a":1,"이름":"리영희"}');
  });

  it('throws on values JSON cannot represent', () => {
    expect(() => jcs(undefined)).toThrow();
    expect(() => jcs({ n: Number.NaN })).toThrow();
  });
});
