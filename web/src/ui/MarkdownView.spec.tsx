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
    expect(screen.getByText('x').closest('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect(screen.getByRole('link', { name: 'safe' }).getAttribute('href')).toBe('https://www.who.int/');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
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
