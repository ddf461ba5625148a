import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ItemPreview from './ItemPreview';

const ITEM = `id: q1
type: case
objective: 1
case: 30살 임신부가 머리아픔을 호소한다.
stem: 먼저 할 일은?
options:
  - text: 혈압을 잰다
    correct: true
  - text: 집으로 보낸다
  - text: 래일 다시 오게 한다
explanation: 자간전증을 의심한다.
`;

describe('ItemPreview', () => {
  it('shows the question as the trainee sees it, the correct option marked for faculty', () => {
    const { unmount } = render(<ItemPreview yaml={ITEM} />);
    expect(screen.getByText('30살 임신부가 머리아픔을 호소한다.')).toBeTruthy();
    expect(screen.getByText('먼저 할 일은?')).toBeTruthy();
    const options = screen.getAllByRole('listitem');
    expect(options.map((o) => o.textContent)).toEqual(['혈압을 잰다 정답', '집으로 보낸다', '래일 다시 오게 한다']);
    unmount();
  });

  it('shows what to fix while the YAML is broken', () => {
    render(<ItemPreview yaml={ITEM.replace('  - text: 집으로 보낸다', '  - text: 집으로 보낸다\n    correct: true')} />);
    expect(screen.getByRole('status').textContent).toContain('options: exactly one correct');
  });
});
