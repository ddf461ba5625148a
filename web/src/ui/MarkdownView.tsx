import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { markdownUrl } from './markdownUrl';
import { remarkOmitSections } from './remarkOmitSections';

interface MarkdownViewProps {
  markdown: string;
  /** Language of the text itself, which may differ from the UI language. */
  lang?: string;
  /** Titles of `##` sections to leave out because the page shows them another way. */
  omitSections?: readonly string[];
}

type HastElement = NonNullable<ExtraProps['node']>;

/** The alt text of a paragraph that holds nothing but one image: such a paragraph is a figure. */
function figureAlt(paragraph: HastElement | undefined): string | undefined {
  const children = paragraph?.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const image = children?.length === 1 ? children[0] : undefined;
  if (image?.type !== 'element' || image.tagName !== 'img') return undefined;
  const alt = image.properties.alt;
  return typeof alt === 'string' && alt !== '' ? alt : undefined;
}

const components: Components = {
  p({ node, children }) {
    const alt = figureAlt(node);
    if (alt === undefined) return <p>{children}</p>;
    // The image keeps its alt for screen readers; the visible caption repeats it, so it is hidden from them.
    return (
      <figure className="figure">
        {children}
        <figcaption aria-hidden="true">{alt}</figcaption>
      </figure>
    );
  },
  // A link or image whose URL was refused (e.g. `javascript:`) is left as its text, not an empty link.
  a({ node: _node, href, ...props }) {
    return href ? <a href={href} {...props} /> : <span>{props.children}</span>;
  },
  img({ node: _node, src, alt }) {
    return src ? <img src={src} alt={alt} /> : <span>{alt}</span>;
  },
  // Wide tables scroll sideways inside their own box on narrow screens; focusable so keyboards can scroll it.
  table({ node: _node, ...props }) {
    return (
      <div className="table-scroll" tabIndex={0}>
        <table {...props} />
      </div>
    );
  },
};

/**
 * The only place Markdown becomes HTML. Deliberately without rehype-raw: raw HTML in a body shows up as plain
 * text instead of running, and `markdownUrl` drops every URL that is not web, mail or relative.
 */
export function MarkdownView({ markdown, lang, omitSections = [] }: MarkdownViewProps) {
  return (
    <div className="markdown" lang={lang}>
      <Markdown
        remarkPlugins={[remarkGfm, [remarkOmitSections, omitSections]]}
        urlTransform={markdownUrl}
        components={components}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
