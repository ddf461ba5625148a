import { selectSelfAssessment, type LessonItem } from './self-assessment';

const item = (lessonId: string, n: number, extra: Partial<LessonItem> = {}): LessonItem => ({
  lessonId,
  id: `${lessonId}-q${n}`,
  type: 'single',
  stem: `${lessonId} 문제 ${n}`,
  caseText: null,
  options: [
    { id: 'a', text: '가' },
    { id: 'b', text: '나' },
    { id: 'c', text: '다' },
  ],
  correct: ['b'],
  explanation: '설명',
  ...extra,
});

describe('selectSelfAssessment', () => {
  it("takes the lessons' items in turn, in reading order, up to five", () => {
    const items = [item('l2', 1), item('l2', 2), item('l2', 3), item('l1', 1), item('l1', 2), item('l3', 1)];
    expect(selectSelfAssessment(['l1', 'l2', 'l3'], items).map((q) => q.id)).toEqual(['l1-q1', 'l2-q1', 'l3-q1', 'l1-q2', 'l2-q2']);
    expect(selectSelfAssessment(['l1'], items).map((q) => q.id)).toEqual(['l1-q1', 'l1-q2']);
    expect(selectSelfAssessment([], items)).toEqual([]);
  });

  it('gives the answer as the printed key does: option labels, or 옳다/틀리다', () => {
    const [single, multiple, truth, falsehood] = selectSelfAssessment(
      ['a', 'b', 'c', 'd'],
      [
        item('a', 1),
        item('b', 1, { type: 'multiple', correct: ['a', 'c'] }),
        item('c', 1, { type: 'true_false', options: [], correct: ['true'] }),
        item('d', 1, { type: 'true_false', options: [], correct: ['false'], caseText: '사례' }),
      ],
    );
    expect(single).toEqual({ id: 'a-q1', case: null, stem: 'a 문제 1', options: ['가', '나', '다'], answer: 'ㄴ', explanation: '설명' });
    expect(multiple.answer).toBe('ㄱ, ㄷ');
    expect(truth.answer).toBe('옳다');
    expect(falsehood).toMatchObject({ answer: '틀리다', options: [], case: '사례' });
  });
});
