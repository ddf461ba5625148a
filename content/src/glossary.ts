import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from './front-matter';
import { findTerms } from './terminology';
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

/** @deprecated Use `findTerms` (./terminology), which also reports the matched word, its kind and a replacement. */
export interface SouthTermHit {
  entry: GlossaryEntry;
  /** Offset of the South Korean term in the text. */
  index: number;
}

/**
 * South Korean terms of sourced entries found in `text`, by the rules of `findTerms`: the term alone, with
 * particles (우울증은) or beginning a compound (호흡기); inside a word only when it has three syllables or more.
 * @deprecated Use `findTerms`.
 */
export function findSouthTerms(text: string, entries: GlossaryEntry[]): SouthTermHit[] {
  return findTerms(text, entries).map(({ entry, start }) => ({ entry, index: start }));
}
