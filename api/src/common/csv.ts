import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Messages } from './domain.exception';

/**
 * CSV as spreadsheets read and write it (RFC 4180): comma-separated, fields quoted with `"` when they hold a
 * comma, quote or line break, quotes doubled inside quotes, CRLF, LF or CR line ends, UTF-8 with an optional BOM.
 */

export interface CsvRecord {
  /** Physical line of the file the record starts on (1-based; a quoted field may span lines). */
  line: number;
  cells: string[];
}

export type CsvValue = string | number | boolean | null | undefined;

/** The file cannot be read as CSV at all; `line` is where, `messages` says what (Korean and English). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly messages: Messages,
  ) {
    super(`line ${line}: ${messages.en}`);
  }
}

const SYNTAX_MESSAGES: Record<string, Messages> = {
  CSV_QUOTE_NOT_CLOSED: { ko: '닫는 따옴표가 없습니다', en: 'a quoted field is not closed' },
  INVALID_OPENING_QUOTE: { ko: '따옴표 없는 칸 안에 따옴표가 있습니다', en: 'a quote inside an unquoted field' },
  CSV_INVALID_CLOSING_QUOTE: { ko: '닫는 따옴표 뒤에 다른 글자가 있습니다', en: 'unexpected character after a closing quote' },
};

const LINE_BREAK = /\r\n|\r|\n/g;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Parses the whole text into records; empty lines are skipped. Throws CsvSyntaxError on a broken quote. */
export function parseCsv(text: string): CsvRecord[] {
  // csv-parse counts each \r and \n inside a quoted field as a line, so a CRLF there counts twice: `extra` corrects that.
  let extra = 0;
  let lastEnd = 0;
  const records: CsvRecord[] = [];
  try {
    parse(text, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells, { lines }) => {
        const inside = cells.join(',');
        extra += count(inside, /\r\n/g);
        lastEnd = lines - extra;
        records.push({ line: lastEnd - count(inside, LINE_BREAK), cells });
        return null; // collected above: the typings allow no other record type without `columns`
      },
    });
    return records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const messages = SYNTAX_MESSAGES[error.code] ?? { ko: 'CSV 형식이 올바르지 않습니다', en: error.message };
    // An unclosed quote is only noticed at the end of the file: name the line the record starts on instead.
    const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? firstFilledLineAfter(text, lastEnd) : Number(error.lines) - extra;
    throw new CsvSyntaxError(line, messages);
  }
}

function firstFilledLineAfter(text: string, line: number): number {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAK);
  let next = line + 1;
  while (next <= lines.length && lines[next - 1] === '') next++;
  return next;
}

/**
 * Cells a spreadsheet runs as a formula: starting with = + - @ (or their full-width forms), also after leading
 * spaces, which spreadsheets skip, or with a tab or CR.
 */
const FORMULA_START = /^(?:[\t\r]|[ \u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Rows as a CSV file: CRLF line ends, quoted where needed, optionally a BOM (so spreadsheet applications read
 * UTF-8). Text cells a spreadsheet would run as a formula get a leading apostrophe (FORMULA_START); numbers
 * are left alone, so -3 stays a number.
 */
export function toCsv(rows: CsvValue[][], options: { bom?: boolean } = {}): string {
  return stringify(rows, {
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    quote_record_delimiter: true, // off by default once record_delimiter is set: cells with \n or \r must still be quoted
    cast: { boolean: (value) => String(value), string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
  });
}

/** Undoes the apostrophe `toCsv` puts before a formula-like cell, for files that must import back unchanged. */
export const unguardFormula = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
