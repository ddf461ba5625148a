import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffView } from './DiffView';

describe('DiffView', () => {
  it('shows inserted and deleted words as such, and says when nothing changed', () => {
    const { container, unmount } = render(
      <DiffView
        diff={[
          { op: 'equal', text: '오랜 ' },
          { op: 'delete', text: '우울증은' },
          { op: 'insert', text: '슬픔증은' },
          { op: 'equal', text: ' 치료가 필요하다.' },
        ]}
      />,
    );
    expect(container.querySelector('del')?.textContent).toBe('우울증은');
    expect(container.querySelector('ins')?.textContent).toBe('슬픔증은');
    expect(container.textContent).toBe('오랜 우울증은슬픔증은 치료가 필요하다.');
    unmount();

    render(<DiffView diff={[{ op: 'equal', text: '그대로' }]} />);
    expect(screen.getByText('첫 판이거나 달라진 곳이 없습니다.')).toBeTruthy();
  });
});
