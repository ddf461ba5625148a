import { lintMarkdown } from './lint';

const codes = (source: string) => lintMarkdown(source).map((warning) => `${warning.line}:${warning.code}`);

describe('lintMarkdown', () => {
  it('is quiet about ordinary clinical Markdown', () => {
    expect(codes('## 용량\n\n**400~600 µg** 을 *한번* 준다. <140 이면 >=2+.\n\n| 약 | 량 |\n|---|---|\n| 철 | 30~60 mg |\n')).toEqual([]);
  });

  it('warns where formatting could eat clinical text, with the line', () => {
    expect(codes('첫 줄\n\n2*3 알\n\n하루 **2 번\n\n가 | 나\n\n400~~600\n\n&lt;140')).toEqual([
      '2:EMPHASIS_IN_NUMBER',
      '4:LITERAL_MARKER',
      '6:PIPE_OUTSIDE_TABLE',
      '8:DOUBLE_TILDE',
      '10:ENTITY',
    ]);
  });

  it('leaves code alone', () => {
    expect(codes('```\n2*3 | a ~~ &lt;\n```\n\n`a|b`')).toEqual([]);
  });
});
