import { describe, expect, it } from 'vitest';
import { parseItemPreview } from './parseItemPreview';

const SINGLE = `id: anc-q01
type: single
objective: 1
stem: 첫 산전접촉은 임신 몇주까지 하는것이 좋은가?
options:
  - text: 12주
    correct: true
  - text: 20주
  - text: 28주
explanation: WHO 2016년 모형은 첫 접촉을 임신 12주까지로 한다.
`;

describe('parseItemPreview', () => {
  it('reads an item as the trainee sees it, with the answer key marked', () => {
    expect(parseItemPreview(SINGLE)).toEqual({
      ok: true,
      item: {
        type: 'single',
        stem: '첫 산전접촉은 임신 몇주까지 하는것이 좋은가?',
        caseText: null,
        options: [
          { id: 'a', text: '12주', correct: true },
          { id: 'b', text: '20주', correct: false },
          { id: 'c', text: '28주', correct: false },
        ],
        explanation: 'WHO 2016년 모형은 첫 접촉을 임신 12주까지로 한다.',
      },
    });
  });

  it('shows a true/false item as its two answers', () => {
    const parsed = parseItemPreview('type: true_false\nstem: 오줌단백검사는 첫 접촉에서만 한다.\nanswer: false\nexplanation: 매번 한다.\n');
    expect(parsed.ok && parsed.item.options).toEqual([
      { id: 'true', text: 'true', correct: false },
      { id: 'false', text: 'false', correct: true },
    ]);
  });

  it('reports malformed YAML and broken items instead of a preview', () => {
    const malformed = parseItemPreview('stem: [');
    expect(malformed.ok).toBe(false);
    expect(parseItemPreview(SINGLE.replace('  - text: 20주', '  - text: 20주\n    correct: true'))).toEqual({
      ok: false,
      errors: ['options: exactly one correct'],
    });
    expect(parseItemPreview('type: essay\nstem: x\nexplanation: y')).toEqual({
      ok: false,
      errors: ['type: one of single, multiple, true_false, case'],
    });
    expect(parseItemPreview('- a')).toEqual({ ok: false, errors: [expect.stringContaining('mapping')] });
  });
});
