import type { GlossaryEntry, GlossaryStatus } from '../types';
import { countSyllables, endingOf, isSyllable, isWordChar } from './hangul';
import { maskMarkdown } from './markdown';
import { harmonize, parseParticles } from './particles';

/**
 * `exact`: the word is the term itself (우울증); `particle`: the term with particles or copula endings
 * (우울증은, 우울증에서는, 우울증이다); `compound`: a longer word built on the term (호흡기, 산후우울증).
 */
export type TermKind = 'exact' | 'particle' | 'compound';

/** `high` for exact and particle matches, `medium` for a compound beginning with the term, `low` for one containing it. */
export type TermConfidence = 'high' | 'medium' | 'low';

export interface TermFinding {
  /** Offsets of the matched South Korean term in the text (end exclusive; spacing may differ from the entry). */
  start: number;
  end: number;
  /** The whole matched word, including particles or the rest of the compound. */
  word: string;
  /** Offsets of `word` in the text: what `applyFinding` replaces. */
  wordStart: number;
  wordEnd: number;
  kind: TermKind;
  confidence: TermConfidence;
  /** Why it matched, for people: "particle: 우울증은", "compound: 호흡기 begins with 호흡". */
  reason: string;
  /** The entry to apply (confirmed before attested before proposed; the first in file order among equals). */
  entry: GlossaryEntry;
  /** Other entries for the same South Korean term that suggest a different North Korean term. */
  alternatives: GlossaryEntry[];
  /** What to put in place of `word`: the North Korean term with the same particles, fitted to its last syllable. */
  replacement: string;
}

export interface FindTermsOptions {
  /** Also match `proposed` (unsourced) entries; by default only `attested` and `confirmed` ones. */
  includeProposed?: boolean;
}

/** A term inside a word (인공호흡, 산후우울증) is only flagged when it has at least this many syllables. */
export const MIN_SYLLABLES_INSIDE_WORD = 3;
/** A word merely beginning with a one-syllable term (폐 in 폐쇄) is not a compound use of it. */
export const MIN_SYLLABLES_COMPOUND = 2;
/** Terms this long may be written with a space inside (신장 이식 for 신장이식). */
export const MIN_SYLLABLES_FLEXIBLE_SPACING = 4;

const STATUS_RANK: Record<GlossaryStatus, number> = { confirmed: 0, attested: 1, proposed: 2 };
const CONFIDENCE_RANK: Record<TermConfidence, number> = { high: 0, medium: 1, low: 2 };

interface Matcher {
  entry: GlossaryEntry;
  alternatives: GlossaryEntry[];
  pattern: RegExp;
  length: number;
  syllables: number;
}

/**
 * Prepares `entries` once and returns a function finding their South Korean terms in a text. Use it when
 * checking many texts against the same glossary; `findTerms` is the one-off form.
 */
export function createTermMatcher(entries: GlossaryEntry[], options: FindTermsOptions = {}): (text: string) => TermFinding[] {
  const matchers = groupBySouthTerm(entries.filter((e) => options.includeProposed || e.status !== 'proposed')).map((group) => {
    const entry = group[0];
    const term = entry.southTerm.trim();
    return {
      entry,
      alternatives: group.filter((e) => e.northTerm !== entry.northTerm),
      pattern: new RegExp(termPattern(term), 'gi'),
      length: term.replace(/\s+/g, '').length,
      syllables: countSyllables(term),
    };
  });
  // Text already written with a North Korean term (of any entry) is never flagged, even when that term
  // contains a South Korean one (캥거루식 어머니돌봄 contains 캥거루).
  const northTerms = [...new Set(entries.map((e) => e.northTerm.trim()).filter(Boolean))];
  return (text) => find(text, matchers, northTerms);
}

/** Every use of a South Korean glossary term in `text` (Markdown), in text order. */
export function findTerms(text: string, entries: GlossaryEntry[], options: FindTermsOptions = {}): TermFinding[] {
  return createTermMatcher(entries, options)(text);
}

/**
 * `text` with exactly the finding's word replaced by its replacement; everything else is kept. Offsets of other
 * findings shift afterwards: find terms again before applying another one.
 */
export function applyFinding(text: string, finding: TermFinding): string {
  if (text.slice(finding.wordStart, finding.wordEnd) !== finding.word) {
    throw new Error(`text has changed: "${finding.word}" is no longer at offset ${finding.wordStart}`);
  }
  return text.slice(0, finding.wordStart) + finding.replacement + text.slice(finding.wordEnd);
}

function groupBySouthTerm(entries: GlossaryEntry[]): GlossaryEntry[][] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const key = entry.southTerm.trim().replace(/\s+/g, ' ');
    if (!key || !entry.northTerm.trim()) continue;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  // Array.prototype.sort is stable: among equal statuses, file order is kept.
  return [...groups.values()].map((group) => [...group].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]));
}

const ANY_SPACE = '[^\\S\\n]*\\n?[^\\S\\n]*';
const OPTIONAL_SPACE = '[ \\t\\u00a0]?';

/**
 * A term's spaces match any spacing, none included (흉부 X선 사진, 흉부X선사진), across at most one line break.
 * A term of four or more syllables may also take one space between syllables, except after its first syllable
 * or before its last (신장 이식, 응급 처치; not 신 장이식).
 */
function termPattern(term: string): string {
  const chars = [...term];
  const syllables = countSyllables(term);
  let seen = 0;
  let pattern = '';
  chars.forEach((char, i) => {
    if (/\s/.test(char)) {
      if (!/\s/.test(chars[i - 1])) pattern += ANY_SPACE;
      return;
    }
    pattern += char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    if (!isSyllable(char)) return;
    seen++;
    const inner = seen >= 2 && seen <= syllables - 2;
    if (syllables >= MIN_SYLLABLES_FLEXIBLE_SPACING && inner && isSyllable(chars[i + 1])) pattern += OPTIONAL_SPACE;
  });
  return pattern;
}

function find(text: string, matchers: Matcher[], northTerms: string[]): TermFinding[] {
  const masked = maskMarkdown(text);
  const candidates: { finding: TermFinding; length: number }[] = [];
  for (const matcher of matchers) {
    matcher.pattern.lastIndex = 0;
    for (let m = matcher.pattern.exec(masked); m; m = matcher.pattern.exec(masked)) {
      const finding = toFinding(text, masked, m.index, m.index + m[0].length, matcher);
      if (finding && !isNorthTerm(text, finding, northTerms)) candidates.push({ finding, length: matcher.length });
      matcher.pattern.lastIndex = m.index + 1;
    }
  }
  // Overlapping matches: the longest term wins (신장이식 over 신장), then the surer match, then the earlier one.
  candidates.sort(
    (a, b) =>
      b.length - a.length ||
      CONFIDENCE_RANK[a.finding.confidence] - CONFIDENCE_RANK[b.finding.confidence] ||
      a.finding.start - b.finding.start,
  );
  const taken = new Uint8Array(text.length);
  const findings: TermFinding[] = [];
  for (const { finding } of candidates) {
    if (taken.subarray(finding.start, finding.end).includes(1)) continue;
    taken.fill(1, finding.start, finding.end);
    findings.push(finding);
  }
  return findings.sort((a, b) => a.start - b.start);
}

function toFinding(text: string, masked: string, start: number, end: number, matcher: Matcher): TermFinding | undefined {
  let wordStart = start;
  while (wordStart > 0 && isWordChar(masked[wordStart - 1])) wordStart--;
  let wordEnd = end;
  while (wordEnd < masked.length && isWordChar(masked[wordEnd])) wordEnd++;
  const { entry, syllables } = matcher;
  const term = entry.southTerm.trim();
  const word = text.slice(wordStart, wordEnd);
  const rest = text.slice(end, wordEnd);
  const particles = parseParticles(rest, endingOf(text.slice(start, end)));
  const base = { start, end, word, wordStart, wordEnd, entry, alternatives: matcher.alternatives };
  const replacement =
    text.slice(wordStart, start) + entry.northTerm.trim() + (particles ? harmonize(particles, endingOf(entry.northTerm)) : rest);

  if (wordStart < start) {
    if (syllables < MIN_SYLLABLES_INSIDE_WORD) return undefined;
    return { ...base, kind: 'compound', confidence: 'low', reason: `compound: ${word} contains ${term}`, replacement };
  }
  if (rest === '') return { ...base, kind: 'exact', confidence: 'high', reason: 'exact', replacement };
  if (particles) return { ...base, kind: 'particle', confidence: 'high', reason: `particle: ${word}`, replacement };
  if (syllables < MIN_SYLLABLES_COMPOUND) return undefined;
  return { ...base, kind: 'compound', confidence: 'medium', reason: `compound: ${word} begins with ${term}`, replacement };
}

/** Whether the matched term lies inside an occurrence of a North Korean term (the text is already right). */
function isNorthTerm(text: string, { start, end }: TermFinding, northTerms: string[]): boolean {
  return northTerms.some((north) => {
    for (let i = Math.max(0, end - north.length); i <= start; i++) if (text.startsWith(north, i)) return true;
    return false;
  });
}
