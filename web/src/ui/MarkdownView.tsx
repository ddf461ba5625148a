import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { remarkOmitSections } from './remarkOmitSections';

interface MarkdownViewProps {
  markdown: string;
  /** Language of the text itself, which may differ from the UI language. */
  lang?: string;
  /** Titles of `##` sections to leave out because the page shows them another way. */
  omitSections?: readonly string[];
}

/**
 * The only place Markdown becomes HTML. Deliberately without rehype-raw: raw HTML in a lesson shows up as
 * plain text instead of running, and react-markdown's default urlTransform empties `javascript:` links.
 */
export function MarkdownView({ markdown, lang, omitSections = [] }: MarkdownViewProps) {
  return (
    <div className="markdown" lang={lang}>
      <Markdown remarkPlugins={[remarkGfm, [remarkOmitSections, omitSections]]}>{markdown}</Markdown>
    </div>
  );
}
