import { GlossaryRelation, GlossaryStatus } from './glossary-entry.entity';
import { parseGlossaryCsv, toGlossaryCsv, type GlossaryRow } from './glossary-csv';

const HEADER = 'south_term,north_term,relation,domain,note,source,status';
const row = (over: Partial<GlossaryRow> = {}): GlossaryRow => ({
  southTerm: '우울증',
  northTerm: '슬픔증',
  relation: GlossaryRelation.different,
  domain: 'psychiatry',
  note: '',
  source: 'https://example.org/a',
  status: GlossaryStatus.attested,
  ...over,
});

describe('parseGlossaryCsv', () => {
  it('accepts good rows and normalises spacing in terms', () => {
    const parsed = parseGlossaryCsv(`${HEADER}\n 흉부  X선 ,렌트겐 사진,nk_loanword,radiology,,https://x,attested\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([{ line: 2, row: expect.objectContaining({ southTerm: '흉부 X선', northTerm: '렌트겐 사진' }) }]);
  });

  it('reports every problem of every bad row with its line', () => {
    const text = [
      HEADER,
      '우울증,슬픔증,different,psychiatry,,https://x,attested',
      ',슬픔증,cousin,,,,attested',
      '야뇨증,밤오줌증,different',
      '우울증,슬픔증,different,psychiatry,,https://x,attested',
      '연고,고약,false_friend,pharmacy,note,,wrong',
    ].join('\n');
    const { rows, errors } = parseGlossaryCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors).toEqual([
      { line: 3, problems: ['south_term is empty', expect.stringMatching(/^relation must be/), 'an attested entry needs a source'] },
      { line: 4, problems: ['expected 7 columns, found 3'] },
      { line: 5, problems: ['the same terms are already on line 2'] },
      { line: 6, problems: [expect.stringMatching(/^status must be/)] },
    ]);
  });

  it('reports an unclosed quote with the line its record starts on, and skips lines of only spaces', () => {
    expect(parseGlossaryCsv(`${HEADER}\n   \n우울증,"슬픔증\n`).errors).toEqual([{ line: 3, problems: ['a quoted field is not closed'] }]);
    expect(parseGlossaryCsv(`  \n${HEADER}\n \n우울증,슬픔증,different,,,,proposed\n`)).toEqual({
      rows: [{ line: 4, row: expect.anything() }],
      errors: [],
    });
  });

  it('refuses a file without the header', () => {
    expect(parseGlossaryCsv('우울증,슬픔증,different,,,,proposed').errors).toEqual([
      { line: 1, problems: [expect.stringMatching(/header/)] },
    ]);
  });
});

describe('toGlossaryCsv', () => {
  it('round-trips through parseGlossaryCsv, including quotes, commas, line breaks and formula-like text', () => {
    const rows = [
      row(),
      row({
        southTerm: '연고',
        northTerm: '고약',
        relation: GlossaryRelation.false_friend,
        note: 'in the South 고약 means "a plaster", only',
      }),
      row({ southTerm: '응급처치', northTerm: '1차 치료', note: 'line one\nline two', status: GlossaryStatus.proposed, source: '' }),
      row({ southTerm: '구토', northTerm: '게우기', note: '=HYPERLINK("x")', status: GlossaryStatus.confirmed }),
    ];
    const csv = toGlossaryCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseGlossaryCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.row)).toEqual(rows);
  });
});
