import type { Block } from '@dari/markdown';
import { MarkdownTree } from '@dari/markdown/react/tree';
import { Figure } from './Figure';

interface MarkdownTreeViewProps {
  /** The text as parsed by @dari/markdown (the API's `bodyTree` fields). */
  tree: readonly Block[];
  /** Language of the text itself, which may differ from the UI language. */
  lang?: string;
  /** Titles of `##` sections to leave out because the page shows them another way. */
  omitSections?: readonly string[];
}

// Content bodies refer to figures as `media/<name>.svg`; the API serves them at `/media/`.
const MEDIA = /^(\.\/)?media\//;
const resolveUrl = (url: string) => url.replace(MEDIA, '/media/');

/**
 * Lesson and textbook text from its parsed tree: readers get the tree from the server, so they never download
 * the Markdown parser. The tree comes from the same parse the PDF prints: raw HTML is text, URLs other than web,
 * mail and relative ones are refused, and `~` is always the range sign.
 */
export function MarkdownTreeView({ tree, lang, omitSections }: MarkdownTreeViewProps) {
  return (
    <div className="markdown" lang={lang}>
      <MarkdownTree tree={tree} omitSections={omitSections} resolveUrl={resolveUrl} Figure={Figure} />
    </div>
  );
}
