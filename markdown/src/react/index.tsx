import { parseMarkdown } from '../parse.js';
import { MarkdownTree, type MarkdownTreeProps } from './tree.js';

export { MarkdownTree, type FigureProps, type MarkdownTreeProps } from './tree.js';

export interface MarkdownContentProps extends Omit<MarkdownTreeProps, 'tree'> {
  markdown: string;
}

/** Parses Markdown and renders it (authoring previews, the server's pages); readers get trees from the server. */
export function MarkdownContent({ markdown, ...props }: MarkdownContentProps) {
  return <MarkdownTree tree={parseMarkdown(markdown)} {...props} />;
}
