import { compareNorthKorean } from '@dari/content';

/** Text as the index compares it: lines are broken and joined with or without spaces, so spaces never count. */
const squeeze = (value: string) => value.replace(/\s+/g, '');

/**
 * The pages (1-based, ascending, once each) on which each term is printed, from the text drawn on each page
 * (`pageTexts[i]` is page i + 1). A term broken across two pages counts on the page where it starts.
 */
export function indexPages(terms: string[], pageTexts: string[]): Map<string, number[]> {
  let all = '';
  const starts: number[] = [];
  for (const text of pageTexts) {
    starts.push(all.length);
    all += squeeze(text);
  }
  const pageAt = (offset: number) => {
    let page = 0;
    while (page + 1 < starts.length && starts[page + 1] <= offset) page++;
    return page + 1;
  };
  return new Map(
    terms.map((term) => {
      const needle = squeeze(term);
      const pages = new Set<number>();
      for (let at = needle ? all.indexOf(needle) : -1; at !== -1; at = all.indexOf(needle, at + 1)) pages.add(pageAt(at));
      return [term, [...pages].sort((a, b) => a - b)];
    }),
  );
}

/** Index entries in North Korean dictionary order (the book's readers'). */
export function sortTerms(terms: string[]): string[] {
  return [...terms].sort(compareNorthKorean);
}
