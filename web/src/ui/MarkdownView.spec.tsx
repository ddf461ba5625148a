import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './MarkdownView';
import { markdownUrl } from './markdownUrl';

describe('MarkdownView', () => {
  it('renders raw HTML and javascript: links inert', () => {
    const body = [
      '# 제목',
      '',
      '<script>window.hacked = true</script>',
      '',
      '<img src=x onerror=alert(1)>',
      '',
      '[x](javascript:alert(1)) and [safe](https://www.who.int/)',
    ].join('\n');
    const { container } = render(<MarkdownView markdown={body} />);

    expect(screen.getByRole('heading', { level: 1, name: '제목' })).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByText('x').closest('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect(screen.getByRole('link', { name: 'safe' }).getAttribute('href')).toBe('https://www.who.int/');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows raw HTML as its text and leaves refused links as plain text', () => {
    const body = '<script>window.hacked = true</script>\n\n<img src=x onerror=alert(1)>\n\n[누르십시오](javascript:alert(1))';
    const { container } = render(<MarkdownView markdown={body} />);

    expect(container.textContent).toContain('<script>window.hacked = true</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText('누르십시오').tagName).toBe('SPAN');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('keeps web, mail and relative links', () => {
    render(<MarkdownView markdown="[웹](https://www.who.int/) [편지](mailto:a@b.org) [강의](/lessons/anc)" />);

    expect(screen.getByRole('link', { name: '웹' }).getAttribute('href')).toBe('https://www.who.int/');
    expect(screen.getByRole('link', { name: '편지' }).getAttribute('href')).toBe('mailto:a@b.org');
    expect(screen.getByRole('link', { name: '강의' }).getAttribute('href')).toBe('/lessons/anc');
  });

  it('shows a figure from media/ with its alt text as the caption', () => {
    const body = '![태반의 구조](media/placenta.svg)\n\n본문 ![작은 그림](./media/icon.svg) 계속';
    const { container } = render(<MarkdownView markdown={body} />);

    const figure = container.querySelector('figure');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe('/media/placenta.svg');
    expect(screen.getByRole('img', { name: '태반의 구조' })).toBeTruthy();
    expect(figure?.querySelector('figcaption')?.textContent).toBe('태반의 구조');
    // An image inside running text stays inline, without a caption.
    expect(screen.getByRole('img', { name: '작은 그림' }).getAttribute('src')).toBe('/media/icon.svg');
    expect(container.querySelectorAll('figure')).toHaveLength(1);
  });

  it('renders GFM tables', () => {
    const body = '| 약 | 용량 |\n|---|---|\n| 철분제 | 60 mg |';
    render(<MarkdownView markdown={body} />);

    const table = screen.getByRole('table');
    expect(table.querySelectorAll('th')).toHaveLength(2);
    expect(screen.getByRole('cell', { name: '철분제' })).toBeTruthy();
  });

  it('leaves out the named ## sections up to the next ## heading', () => {
    const body = '## 학습목표\n\n목표 내용\n\n### 세부\n\n세부 내용\n\n## 진단\n\n진단 내용\n\n## 참고문헌\n\n문헌';
    render(<MarkdownView markdown={body} omitSections={['학습목표', '참고문헌']} />);

    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['진단']);
    expect(screen.queryByText('목표 내용')).toBeNull();
    expect(screen.queryByText('세부 내용')).toBeNull();
    expect(screen.getByText('진단 내용')).toBeTruthy();
  });
});

describe('markdownUrl', () => {
  const refused = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'irc://example.org', 'file:///x'];
  it.each(refused)('refuses %s', (url) => {
    expect(markdownUrl(url)).toBe('');
  });

  it.each([
    ['https://www.who.int/', 'https://www.who.int/'],
    ['mailto:a@b.org', 'mailto:a@b.org'],
    ['#section', '#section'],
    ['other.md?a=b:c', 'other.md?a=b:c'],
    ['media/fig.svg', '/media/fig.svg'],
    ['./media/fig.svg', '/media/fig.svg'],
    ['/media/fig.svg', '/media/fig.svg'],
  ])('keeps %s as %s', (url, expected) => {
    expect(markdownUrl(url)).toBe(expected);
  });
});
