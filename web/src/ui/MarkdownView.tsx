import { MarkdownContent } from '@dari/markdown/react';
import { Figure } from './Figure';

interface MarkdownViewProps {
  markdown: string;
  /** Language of the text itself, which may differ from the UI language. */
  lang?: string;
  /** Titles of `##` sections to leave out because the page shows them another way. */
  omitSections?: readonly string[];
}

// Content bodies refer to figures as `media/<name>.svg`; the API serves them at `/media/`.
const MEDIA = /^(\.\/)?media\//;
const resolveUrl = (url: string) => url.replace(MEDIA, '/media/');

/**
 * Lesson, textbook and preview text. It is read by @dari/markdown, the same parse the PDF prints: raw HTML shows
 * as text, URLs other than web, mail and relative ones are refused, and `~` is always the range sign.
 */
export function MarkdownView({ markdown, lang, omitSections }: MarkdownViewProps) {
  return (
    <div className="markdown" lang={lang}>
      <MarkdownContent markdown={markdown} omitSections={omitSections} resolveUrl={resolveUrl} Figure={Figure} />
    </div>
  );
}
