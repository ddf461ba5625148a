import { CsvSyntaxError, parseCsv, toCsv, unguardFormula, type CsvRecord } from '../common/csv';
import { GlossaryRelation, GlossaryStatus } from './glossary-entry.entity';

/** The columns of a glossary CSV, in order: the same as content/glossary/*.tsv. */
export const CSV_COLUMNS = ['south_term', 'north_term', 'relation', 'domain', 'note', 'source', 'status'] as const;
export const MAX_CSV_ROWS = 5000;

export interface GlossaryRow {
  southTerm: string;
  northTerm: string;
  relation: GlossaryRelation;
  domain: string;
  note: string;
  source: string;
  status: GlossaryStatus;
}

/** A row of the file that cannot be imported: its line (1 = header) and every problem with it. */
export interface RowProblem {
  line: number;
  problems: string[];
}

export interface ParsedCsv {
  rows: { line: number; row: GlossaryRow }[];
  errors: RowProblem[];
}

/** Terms are compared and stored trimmed, with runs of spaces as one space (흉부 X선). */
export const normalizeTerm = (term: string) => term.trim().replace(/\s+/g, ' ');

/** The unique key of an entry: its South and North Korean terms. */
export const entryKey = (e: { southTerm: string; northTerm: string }) => `${normalizeTerm(e.southTerm)}\u0000${normalizeTerm(e.northTerm)}`;

const RELATIONS = Object.values(GlossaryRelation) as string[];
const STATUSES = Object.values(GlossaryStatus) as string[];

/** Reads and checks a glossary CSV: every bad row is reported with its line and all its problems. */
export function parseGlossaryCsv(text: string): ParsedCsv {
  let records: CsvRecord[];
  try {
    // Lines of only spaces count as blank here, as they always have for glossary files.
    records = parseCsv(text).filter(({ cells }) => !(cells.length === 1 && cells[0].trim() === ''));
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    return { rows: [], errors: [{ line: e.line, problems: [e.messages.en] }] };
  }
  const [header, ...body] = records;
  if (!header || header.cells.map((c) => c.trim().toLowerCase()).join(',') !== CSV_COLUMNS.join(',')) {
    return { rows: [], errors: [{ line: 1, problems: [`the header must be: ${CSV_COLUMNS.join(',')}`] }] };
  }
  if (body.length > MAX_CSV_ROWS) return { rows: [], errors: [{ line: 1, problems: [`at most ${MAX_CSV_ROWS} rows per file`] }] };
  const rows: ParsedCsv['rows'] = [];
  const errors: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of body) {
    if (cells.length !== CSV_COLUMNS.length) {
      errors.push({ line, problems: [`expected ${CSV_COLUMNS.length} columns, found ${cells.length}`] });
      continue;
    }
    const [southTerm, northTerm, relation, domain, note, source, status] = cells.map((c) => unguardFormula(c.trim()));
    const row = { southTerm: normalizeTerm(southTerm), northTerm: normalizeTerm(northTerm), relation, domain, note, source, status };
    const problems = rowProblems(row);
    const key = entryKey(row);
    if (seen.has(key)) problems.push(`the same terms are already on line ${seen.get(key)}`);
    else seen.set(key, line);
    if (problems.length > 0) errors.push({ line, problems });
    else rows.push({ line, row: row as GlossaryRow });
  }
  return { rows, errors };
}

/** What is wrong with one entry's values (shared by CSV rows and proposals). */
export function rowProblems(row: {
  southTerm: string;
  northTerm: string;
  relation: string;
  status: string;
  source: string;
  domain: string;
  note: string;
}): string[] {
  return [
    !row.southTerm && 'south_term is empty',
    !row.northTerm && 'north_term is empty',
    row.southTerm.length > 100 && 'south_term is longer than 100 characters',
    row.northTerm.length > 100 && 'north_term is longer than 100 characters',
    !!row.southTerm && row.southTerm === row.northTerm && 'south_term and north_term are the same',
    !RELATIONS.includes(row.relation) && `relation must be one of ${RELATIONS.join(', ')}`,
    !STATUSES.includes(row.status) && `status must be one of ${STATUSES.join(', ')}`,
    row.status === GlossaryStatus.attested && !row.source && 'an attested entry needs a source',
    row.domain.length > 60 && 'domain is longer than 60 characters',
    row.note.length > 2000 && 'note is longer than 2000 characters',
    row.source.length > 1000 && 'source is longer than 1000 characters',
  ].filter((p): p is string => typeof p === 'string');
}

/** The rows as a CSV file, header first; formula-like cells are defused and undone again on import. */
export function toGlossaryCsv(rows: GlossaryRow[]): string {
  return toCsv([[...CSV_COLUMNS], ...rows.map((r) => [r.southTerm, r.northTerm, r.relation, r.domain, r.note, r.source, r.status])]);
}
