import { Fragment, type ComponentType, type ReactNode } from 'react';
import { inlineText } from '../text.js';
import type { Block, Inline } from '../tree.js';

export interface FigureProps {
  src: string;
  alt: string;
}

export interface MarkdownTreeProps {
  /** Blocks from `parseMarkdown` (here or on the server, which sends them as they are). */
  tree: readonly Block[];
  /** Leaves out each `##` section with one of these titles (up to the next `#` or `##`). */
  omitSections?: readonly string[];
  /** Maps an allowed link or image URL to the address the page uses (e.g. `media/` to `/media/`). */
  resolveUrl?: (url: string) => string;
  /** How a paragraph that holds only an image is shown. */
  Figure?: ComponentType<FigureProps>;
}

/** The image keeps its alt for screen readers; the visible caption repeats it, so it is hidden from them. */
function PlainFigure({ src, alt }: FigureProps) {
  return (
    <figure className="figure">
      <img src={src} alt={alt} />
      <figcaption aria-hidden="true">{alt}</figcaption>
    </figure>
  );
}

interface Render {
  url: (url: string) => string;
  Figure: ComponentType<FigureProps>;
}

/**
 * Renders Dari's Markdown tree as React elements: the only way Markdown becomes HTML in the web app, from the
 * same parse the PDF typesetter prints. Text is always text (React escapes it); no raw HTML is ever inserted.
 * This module never loads the parser, so a reader given a parsed tree downloads no Markdown code.
 */
export function MarkdownTree({ tree, omitSections = [], resolveUrl = (url) => url, Figure = PlainFigure }: MarkdownTreeProps) {
  const render: Render = { url: resolveUrl, Figure };
  return <>{blocks(withoutSections(tree, omitSections), render, false)}</>;
}

function withoutSections(tree: readonly Block[], titles: readonly string[]): readonly Block[] {
  if (titles.length === 0) return tree;
  let omitting = false;
  return tree.filter((block) => {
    if (block.type === 'heading' && block.depth <= 2) {
      omitting = block.depth === 2 && titles.includes(inlineText(block.children).trim());
    }
    return !omitting;
  });
}

function blocks(list: readonly Block[], render: Render, tight: boolean): ReactNode[] {
  return list.map((block, key) => blockNode(block, render, tight, key));
}

function blockNode(block: Block, render: Render, tight: boolean, key: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Heading = `h${block.depth}` as const;
      return <Heading key={key}>{inlines(block.children, render)}</Heading>;
    }
    case 'paragraph': {
      const figure = soleImage(block.children);
      if (figure) return <render.Figure key={key} src={render.url(figure.src)} alt={figure.alt} />;
      // A tight list's items hold their text without paragraph spacing.
      return tight ? <Fragment key={key}>{inlines(block.children, render)}</Fragment> : <p key={key}>{inlines(block.children, render)}</p>;
    }
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{blocks(item, render, block.tight)}</li>);
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{blocks(block.children, render, false)}</blockquote>;
    case 'table':
      // Wide tables scroll sideways inside their own box on narrow screens; focusable so keyboards can scroll it.
      return (
        <div key={key} className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} style={{ textAlign: block.align[index] }}>
                    {inlines(cell, render)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index} style={{ textAlign: block.align[index] }}>
                      {inlines(cell, render)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{block.value}</code>
        </pre>
      );
    case 'rule':
      return <hr key={key} />;
  }
}

/** A paragraph of one image (spaces around it aside) is a figure with its alt text as the caption. */
function soleImage(children: Inline[]): { src: string; alt: string } | null {
  const content = children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  const image = content.length === 1 ? content[0] : undefined;
  return image?.type === 'image' && image.src !== null && image.alt !== '' ? { src: image.src, alt: image.alt } : null;
}

function inlines(nodes: Inline[], render: Render): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return <strong key={key}>{inlines(node.children, render)}</strong>;
      case 'emphasis':
        return <em key={key}>{inlines(node.children, render)}</em>;
      case 'code':
        return <code key={key}>{node.value}</code>;
      case 'break':
        return <br key={key} />;
      case 'link':
        // A refused URL (e.g. `javascript:`) leaves the link's text, not an empty link.
        return node.href === null ? (
          <span key={key}>{inlines(node.children, render)}</span>
        ) : (
          <a key={key} href={render.url(node.href)}>
            {inlines(node.children, render)}
          </a>
        );
      case 'image':
        return node.src === null ? <span key={key}>{node.alt}</span> : <img key={key} src={render.url(node.src)} alt={node.alt} />;
    }
  });
}
