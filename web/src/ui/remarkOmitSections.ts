// Just the mdast fields this plugin reads, so it needs no mdast type package.
interface MarkdownNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MarkdownNode[];
}

const textOf = (node: MarkdownNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

/** Remark plugin: drops each `##` section whose heading is one of `titles`, up to the next `#` or `##`. */
export function remarkOmitSections(titles: readonly string[]) {
  return (tree: MarkdownNode) => {
    let omitting = false;
    tree.children = tree.children?.filter((node) => {
      if (node.type === 'heading' && (node.depth ?? 0) <= 2) {
        omitting = node.depth === 2 && titles.includes(textOf(node).trim());
      }
      return !omitting;
    });
  };
}
