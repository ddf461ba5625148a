import type { ContentError } from '../front-matter';
import { parseGlossaryTsv } from '../glossary';
import type { GlossaryEntry } from '../types';

/** Glossary rows for the terminology specs: south, north, relation, note, status (source is filled in). */
export function glossary(...rows: [south: string, north: string, relation?: string, note?: string, status?: string][]): GlossaryEntry[] {
  const header = 'south_term\tnorth_term\trelation\tdomain\tnote\tsource\tstatus';
  const lines = rows.map(([south, north, relation = 'different', note = '', status = 'attested']) =>
    [south, north, relation, 'general', note, status === 'proposed' ? '' : 'https://example.org/source', status].join('\t'),
  );
  const errors: ContentError[] = [];
  const entries = parseGlossaryTsv('glossary/terms.tsv', [header, ...lines].join('\n'), errors);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  return entries;
}

/** The attested rows the specs use most, as in content/glossary/sk-nk-medical-terms.tsv. */
export const ATTESTED = glossary(
  ['우울증', '슬픔증'],
  ['출산', '몸풀기'],
  ['자궁', '애기집'],
  ['호흡', '숨쉬기'],
  ['신장이식', '콩팥나눠심기'],
  ['소양성 발진', '가렴돋이'],
  ['응급처치', '1차 치료', 'false_friend', 'in the South 1차 means primary-level care, not first aid'],
  ['연고', '고약', 'false_friend', 'in the South 고약 means only a black sticky plaster for corns and boils'],
  ['차트', '깔따', 'nk_loanword'],
  ['신부전', '콩팥맥없기'],
  ['단백질', '계란소'],
);
