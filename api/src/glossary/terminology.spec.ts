import { createTermMatcher } from '@dari/content';
import { GlossaryRelation, GlossaryStatus, type GlossaryEntry } from './glossary-entry.entity';
import { applyFindings, toMatchable, toTerminologyFinding } from './terminology';

const entry = (id: string, southTerm: string, northTerm: string, over: Partial<GlossaryEntry> = {}) =>
  toMatchable({
    id,
    southTerm,
    northTerm,
    relation: GlossaryRelation.different,
    domain: '',
    note: '',
    source: 'https://x',
    status: GlossaryStatus.attested,
    ...over,
  } as GlossaryEntry);

const check = (text: string) =>
  createTermMatcher([
    entry('e1', '우울증', '슬픔증'),
    entry('e2', '연고', '고약', { relation: GlossaryRelation.false_friend, note: 'in the South 고약 is a plaster' }),
    entry('e3', '탈장', '헤르니아', { relation: GlossaryRelation.nk_loanword }),
  ])(text).map(toTerminologyFinding);

describe('terminology findings', () => {
  it('flags a term with particles, keeps the entry’s relation and note, and fits the particle to the North term', () => {
    const [depression, ointment] = check('우울증은 흔하다. 연고를 바른다.');
    expect(depression).toMatchObject({
      id: '0-3-e1',
      entryId: 'e1',
      found: '우울증은',
      wordStart: 0,
      wordEnd: 4,
      replacement: '슬픔증은',
      kind: 'particle',
    });
    expect(ointment).toMatchObject({
      found: '연고를',
      replacement: '고약을',
      relation: 'false_friend',
      note: 'in the South 고약 is a plaster',
    });
  });

  it('does not flag a word that merely contains a short term', () => {
    expect(check('무연고 환자와 이탈장치')).toEqual([]);
  });
});

describe('applyFindings', () => {
  it('applies the chosen findings from the end backwards and leaves the rest of the text alone', () => {
    const text = '우울증은 흔하고, 탈장이 있으면 우울증을 살핀다.';
    const findings = check(text);
    const chosen = findings.filter((f) => f.southTerm === '우울증').map((f) => f.id);
    const result = applyFindings(text, findings, chosen);
    expect(result.text).toBe('슬픔증은 흔하고, 탈장이 있으면 슬픔증을 살핀다.');
    expect(result).toMatchObject({ applied: chosen, skipped: [], missing: [] });
  });

  it('reports ids that are no longer found, and skips a finding whose word was already replaced', () => {
    const text = '우울증';
    const [f] = check(text);
    const twin = { ...f, id: 'twin', start: 1 };
    const result = applyFindings(text, [f, twin], [f.id, 'twin', 'gone']);
    expect(result).toEqual({ text: '슬픔증', applied: [f.id], skipped: ['twin'], missing: ['gone'] });
  });
});
