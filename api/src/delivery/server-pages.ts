import { createElement as h, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type FigureProps, MarkdownContent } from '@dari/markdown/react';

/** What a server-rendered page shows: the readable content, in the class names the app's CSS styles. */
export interface ServerPage {
  title: string;
  eyebrow?: string;
  lead?: string | null;
  markdown?: string;
  links?: { href: string; label: string }[];
  breadcrumb?: { href: string; label: string };
}

// Content refers to figures as `media/<name>.svg`, served at `/media/` (as the web's MarkdownView resolves them).
const resolveUrl = (url: string) => url.replace(/^(\.\/)?media\//, '/media/');

/** Low-data mode before the app runs: the alt text stands in for the figure; the app offers "그림 보기". */
function DeferredFigure({ alt }: FigureProps) {
  return h('figure', { className: 'figure figure--deferred' }, h('p', { className: 'figure__placeholder' }, alt));
}

/**
 * The page as static HTML, with the same Markdown renderer as the reader (`@dari/markdown/react`), so the text
 * read before the app's JavaScript arrives is the text the app then shows.
 */
export function renderServerPage(page: ServerPage, { lowData = false } = {}): string {
  const children: ReactNode[] = [
    page.breadcrumb && h('nav', { key: 'crumb', className: 'breadcrumb' }, h('a', { href: page.breadcrumb.href }, page.breadcrumb.label)),
    page.eyebrow && h('p', { key: 'eyebrow', className: 'eyebrow' }, page.eyebrow),
    h('h1', { key: 'title' }, page.title),
    page.lead && h('p', { key: 'lead', className: 'lead' }, page.lead),
    page.markdown !== undefined &&
      h(
        'div',
        { key: 'body', className: 'markdown', lang: 'ko' },
        h(MarkdownContent, { markdown: page.markdown, resolveUrl, ...(lowData ? { Figure: DeferredFigure } : {}) }),
      ),
    page.links?.length &&
      h(
        'ol',
        { key: 'links', className: 'lesson-list' },
        page.links.map((link) => h('li', { key: link.href }, h('a', { href: link.href }, link.label))),
      ),
  ];
  return renderToStaticMarkup(
    h(
      Fragment,
      null,
      h(
        'header',
        { className: 'site-header' },
        h(
          'div',
          { className: 'site-header__inner' },
          h('p', { className: 'brand' }, h('a', { href: '/', className: 'brand__name' }, '다리')),
        ),
      ),
      h('main', { className: 'main' }, h('article', { className: 'lesson' }, ...children.filter(Boolean))),
    ),
  );
}
