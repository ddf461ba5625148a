import { parseMarkdown } from '@dari/markdown';
import { MarkdownTreeView } from './MarkdownTreeView';

interface MarkdownViewProps {
  markdown: string;
  /** Language of the text itself, which may differ from the UI language. */
  lang?: string;
  /** Titles of `##` sections to leave out because the page shows them another way. */
  omitSections?: readonly string[];
}

/** Markdown parsed in the browser: for authors' previews of text not yet on the server (readers use trees). */
export function MarkdownView({ markdown, ...props }: MarkdownViewProps) {
  return <MarkdownTreeView tree={parseMarkdown(markdown)} {...props} />;
}
