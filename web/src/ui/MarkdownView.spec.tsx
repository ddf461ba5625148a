import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from './MarkdownView';

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
    expect(container.querySelector('a[href^="javascript"], a[href^="JavaScript"]')).toBeNull();
    expect(screen.getByRole('link', { name: 'safe' }).getAttribute('href')).toBe('https://www.who.int/');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('shows raw HTML and refused links as their text', () => {
    const body = '<script>window.hacked = true</script>\n\n<img src=x onerror=alert(1)>\n\n[누르십시오](javascript:alert(1))';
    const { container } = render(<MarkdownView markdown={body} />);

    expect(container.textContent).toContain('<script>window.hacked = true</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('script, img')).toBeNull();
    // A refused link is not a link: its source is shown as written.
    expect(container.textContent).toContain('[누르십시오](javascript:alert(1))');
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

  it('shows dose ranges, thresholds and products exactly as written, never struck through', () => {
    const body = [
      '목표는 140~150/90~100 mmHg 이다. 미소프로스톨(misoprostol) 400~600 µg (2~3알), 철분 30~60 mg.',
      '',
      '| 수치 | 뜻 |',
      '|---|---|',
      '| <140 | 단백뇨 >=2+ |',
      '',
      '2*3 알씩 먹고 4*5 날 뒤에 co_trimoxazole 과 <b>굵게</b> 를 본다.',
    ].join('\n');
    const { container } = render(<MarkdownView markdown={body} />);

    expect(container.querySelector('del, s, strike, em')).toBeNull();
    const text = container.textContent ?? '';
    for (const written of [
      '140~150/90~100 mmHg',
      '400~600 µg (2~3알)',
      '30~60 mg',
      '<140',
      '>=2+',
      '2*3',
      '4*5',
      'co_trimoxazole',
      '<b>굵게</b>',
    ]) {
      expect(text).toContain(written);
    }
  });
});
