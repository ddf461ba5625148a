import { compareNorthKorean } from './north-korean-order';
import type { GlossaryEntry, TextbookContent } from './types';

/** A glossary term that occurs in a textbook, as its annex lists it. */
export interface AnnexEntry {
  north: string;
  south: string;
  english?: string;
  /** International Nonproprietary Name, for medicines. */
  inn?: string;
  proposed: boolean;
}

/** Everything a textbook prints: preface and every section's text (lessons included). */
export function textbookText(book: TextbookContent): string {
  return [book.body, ...book.chapters.flatMap((c) => c.sections.map((s) => (s.kind === 'lesson' ? s.lesson.body : s.body)))].join('\n');
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The glossary terms whose North Korean form occurs in `text`, in North Korean dictionary order. Lessons write the
 * Latin word in brackets after a term at its first mention (옥시토신(oxytocin)): for a medicine (domain
 * pharmacy, one lowercase word) it is the INN, otherwise the English term; without one, English is unknown.
 */
export function glossaryAnnex(text: string, glossary: GlossaryEntry[]): AnnexEntry[] {
  const seen = new Set<string>();
  return glossary
    .filter((entry) => text.includes(entry.northTerm))
    .flatMap((entry): AnnexEntry[] => {
      const key = `${entry.northTerm}\t${entry.southTerm}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const latin = new RegExp(`${escape(entry.northTerm)}\\s?\\(([A-Za-z][A-Za-z0-9 ,/-]*)\\)`).exec(text)?.[1].trim();
      const medicine = latin !== undefined && entry.domain === 'pharmacy' && /^[a-z][a-z-]*$/.test(latin);
      return [
        {
          north: entry.northTerm,
          south: entry.southTerm,
          ...(latin && !medicine ? { english: latin } : {}),
          ...(medicine ? { inn: latin } : {}),
          proposed: entry.status === 'proposed',
        },
      ];
    })
    .sort((a, b) => compareNorthKorean(a.north, b.north) || compareNorthKorean(a.south, b.south));
}
