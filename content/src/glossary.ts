import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from './front-matter';
import type { GlossaryEntry, GlossaryRelation, GlossaryStatus } from './types';

export const GLOSSARY_COLUMNS = ['south_term', 'north_term', 'relation', 'domain', 'note', 'source', 'status'] as const;
const RELATIONS: GlossaryRelation[] = ['different', 'false_friend', 'nk_loanword'];
const STATUSES: GlossaryStatus[] = ['attested', 'proposed', 'confirmed'];

/** Reads every `glossary/*.tsv`; each row is checked and bad rows are reported with their line. */
export function loadGlossary(root: string, errors: ContentError[]): GlossaryEntry[] {
  const dir = join(root, 'glossary');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((name) => parseGlossaryTsv(`glossary/${name}`, readFileSync(join(dir, name), 'utf8'), errors));
}

export function parseGlossaryTsv(file: string, text: string, errors: ContentError[]): GlossaryEntry[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== GLOSSARY_COLUMNS.join('\t')) {
    errors.push({ file, line: 1, message: `header must be: ${GLOSSARY_COLUMNS.join(' <TAB> ')}` });
    return [];
  }
  const entries: GlossaryEntry[] = [];
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    if (cells.length !== GLOSSARY_COLUMNS.length) {
      errors.push({ file, line, message: `expected ${GLOSSARY_COLUMNS.length} tab-separated columns, found ${cells.length}` });
      return;
    }
    const [southTerm, northTerm, relation, domain, note, source, status] = cells.map((c) => c.trim());
    const problems = [
      !southTerm && 'south_term is empty',
      !northTerm && 'north_term is empty',
      !RELATIONS.includes(relation as GlossaryRelation) && `relation must be one of ${RELATIONS.join(', ')}`,
      !STATUSES.includes(status as GlossaryStatus) && `status must be one of ${STATUSES.join(', ')}`,
      status !== 'proposed' && !source && `an ${status} term needs a source`,
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length > 0) {
      for (const message of problems) errors.push({ file, line, message });
      return;
    }
    entries.push({
      southTerm,
      northTerm,
      relation: relation as GlossaryRelation,
      domain,
      note,
      source,
      status: status as GlossaryStatus,
      file,
      line,
    });
  });
  return entries;
}

export interface TermFinding {
  entry: GlossaryEntry;
  /** Offset of the South Korean term in the text. */
  index: number;
}

const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;

/**
 * South Korean terms of sourced entries found in `text`. A term counts where a word starts with it, so
 * particles and compounds after it (우울증은, 호흡기) are found, while a word that merely ends with it is not.
 */
export function findSouthTerms(text: string, entries: GlossaryEntry[]): TermFinding[] {
  const findings: TermFinding[] = [];
  for (const entry of entries) {
    if (entry.status === 'proposed') continue;
    let index = text.indexOf(entry.southTerm);
    while (index !== -1) {
      const wordStart = index === 0 || !HANGUL.test(text[index - 1]);
      if (wordStart && !text.startsWith(entry.northTerm, index)) findings.push({ entry, index });
      index = text.indexOf(entry.southTerm, index + entry.southTerm.length);
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}
