import { type Block, parseMarkdown } from '@dari/markdown';

// Parsed trees of the texts read most recently: a lesson is parsed once, not on every request.
const MAX_TREES = 100;
const trees = new Map<string, Block[]>();

/** A Markdown text as the tree readers render (`MarkdownTree`), so browsers never download the parser. */
export function markdownTree(markdown: string): Block[] {
  let tree = trees.get(markdown);
  if (tree) {
    trees.delete(markdown); // most recently used last
  } else {
    tree = parseMarkdown(markdown);
    if (trees.size >= MAX_TREES) trees.delete(trees.keys().next().value!);
  }
  trees.set(markdown, tree);
  return tree;
}

export const BODY_TREE_DESCRIPTION =
  "The body parsed by Dari's Markdown reader: a JSON array of blocks (see @dari/markdown tree), rendered as it is, so readers need no Markdown parser";
