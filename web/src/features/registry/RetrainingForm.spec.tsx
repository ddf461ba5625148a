import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CurriculaDocument } from '../curricula/curricula.generated';
import { graphqlError, renderWithProviders, mocked } from '../../test/render';
import { AssignRetrainingDocument } from './actions.generated';
import { addDays, isoToday } from './actionRules';
import { RetrainingForm } from './RetrainingForm';

const curricula = mocked({
  request: { query: CurriculaDocument },
  result: {
    data: {
      curricula: [
        {
          __typename: 'Curriculum',
          id: 'ncd-primary',
          title: '비전염성질병 (리·동)',
          titleEn: 'NCDs (primary)',
          summary: null,
          summaryEn: null,
          courses: [],
        },
      ],
    },
  },
});
const dueOn = addDays(isoToday(), 30);

describe('RetrainingForm', () => {
  it('needs a curriculum and a due date from today, says what will happen, then assigns', async () => {
    const assign = mocked({
      request: { query: AssignRetrainingDocument, variables: { workerId: 'w1', curriculumId: 'ncd-primary', dueOn } },
      result: { data: { assignRetraining: 1 } },
    });
    renderWithProviders(<RetrainingForm workerId="w1" workerName="김영희" />, { mocks: [curricula, assign] });
    fireEvent.click(screen.getByRole('button', { name: '재교육 배정' }));
    await screen.findByRole('option', { name: '비전염성질병 (리·동)' });
    fireEvent.change(screen.getByLabelText('기한'), { target: { value: addDays(isoToday(), -1) } });
    fireEvent.click(screen.getByRole('button', { name: '배정하기' }));
    expect([...screen.getByRole('alert').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '교육과정을 고르십시오.',
      '기한은 오늘이나 그 뒤의 날이여야 합니다.',
    ]);

    fireEvent.change(screen.getByLabelText('교육과정'), { target: { value: 'ncd-primary' } });
    fireEvent.change(screen.getByLabelText('기한'), { target: { value: dueOn } });
    expect(screen.getByRole('form', { name: '재교육 배정' }).textContent).toContain('김영희에게 《비전염성질병 (리·동)》을(를)');
    fireEvent.click(screen.getByRole('button', { name: '배정하기' }));
    expect(await screen.findByText(/《비전염성질병 \(리·동\)》을\(를\) .+까지 배정하였습니다\./)).toBeTruthy();
  });

  it('shows the API’s message when it refuses', async () => {
    const refused = mocked({
      request: { query: AssignRetrainingDocument, variables: { workerId: 'w1', curriculumId: 'ncd-primary', dueOn } },
      result: graphqlError('FORBIDDEN', '이 작업을 할 권한이 없습니다.', 'You are not allowed to do this.'),
    });
    renderWithProviders(<RetrainingForm workerId="w1" workerName="김영희" />, { mocks: [curricula, refused] });
    fireEvent.click(screen.getByRole('button', { name: '재교육 배정' }));
    await screen.findByRole('option', { name: '비전염성질병 (리·동)' });
    fireEvent.change(screen.getByLabelText('교육과정'), { target: { value: 'ncd-primary' } });
    fireEvent.change(screen.getByLabelText('기한'), { target: { value: dueOn } });
    fireEvent.click(screen.getByRole('button', { name: '배정하기' }));
    expect((await screen.findByRole('alert')).textContent).toBe('이 작업을 할 권한이 없습니다.');
  });
});
