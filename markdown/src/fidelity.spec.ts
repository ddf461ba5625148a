import { clinicalTokens, fidelityProblems } from './fidelity';
import { parseMarkdown } from './parse';
import { visibleText } from './text';

const planted = [
  '## 용량',
  '',
  '- 목표는 140~150/90~100 mmHg 이다.',
  '- 미소프로스톨(misoprostol) **400~600 µg** (2~3알)',
  '',
  '2*3 알씩 4*5 일, co_trimoxazole, [WHO](https://www.who.int/x-2023)',
  '',
  '| 수치 | 뜻 |',
  '|---|---|',
  '| <140 | 단백뇨 >=2+ |',
  '',
  '<b>굵게</b> 본다.',
].join('\n');

describe('clinicalTokens', () => {
  it('takes numbers with their ranges, thresholds and units, and Latin words, in order, without URLs', () => {
    expect(clinicalTokens(planted)).toEqual([
      '140~150/90~100',
      'mmHg',
      'misoprostol',
      '400~600',
      'µg',
      '2~3',
      '2*3',
      '4*5',
      'co_trimoxazole',
      'WHO',
      '<140',
      '>=2+',
      'b',
      'b',
    ]);
  });
});

describe('fidelityProblems', () => {
  it('accepts the parsed text of the source', () => {
    expect(fidelityProblems(planted, visibleText(parseMarkdown(planted)), { exact: true })).toEqual([]);
  });

  it('catches what a strikethrough or emphasis reading loses', () => {
    const struck = visibleText(parseMarkdown(planted)).replace('140~150/90~100', '14090~100').replace('2*3 알씩 4*5', '23 알씩 45');
    expect(fidelityProblems(planted, struck, { exact: true })).toEqual([
      expect.stringContaining('"140~150/90~100" is missing'),
      expect.stringContaining('"2*3" is missing'),
      expect.stringContaining('"4*5" is missing'),
    ]);
  });

  it('catches dropped Korean text, exactly on screen and in order on paper', () => {
    const rendered = visibleText(parseMarkdown(planted));
    expect(fidelityProblems(planted, rendered.replace('단백뇨', ''), { exact: true })).toEqual([
      expect.stringContaining('Korean text differs'),
    ]);
    expect(fidelityProblems(planted, `머리글 1 ${rendered} 꼬리글 2`, { exact: false })).toEqual([]);
    expect(fidelityProblems(planted, rendered.replace('굵게', ''), { exact: false })).toEqual([
      expect.stringContaining('Korean text differs'),
    ]);
  });
});
