import type { QuestionItem } from '../quizzes/question-item.entity';
import { BadUserInputException } from '../common/domain.exception';
import type { AnswerInput } from './learning.inputs';
import { UnknownItemException } from './learning.exception';

/** An item and its options' ids in the order one attempt shows them. */
export interface LayoutSlot {
  itemId: string;
  optionIds: string[];
}

export const TRUE_FALSE = [
  { id: 'true', text: '맞다' },
  { id: 'false', text: '틀리다' },
];

/** The options a trainee sees for an item (true/false items have the two fixed ones); never the key. */
export function optionsOf(item: QuestionItem): { id: string; text: string }[] {
  return item.type === 'true_false' ? TRUE_FALSE : item.options;
}

/** Chosen option ids per item; refuses answers to items or options the layout does not have, or twice. */
export function chooseAnswers(layout: LayoutSlot[], answers: AnswerInput[]): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const answer of answers) {
    const slot = layout.find((l) => l.itemId === answer.itemId);
    if (!slot) throw new UnknownItemException(answer.itemId);
    if (chosen[answer.itemId]) throw new BadUserInputException([`item ${answer.itemId} is answered twice`]);
    const unknown = answer.optionIds.filter((o) => !slot.optionIds.includes(o));
    if (unknown.length > 0) throw new BadUserInputException([`item ${answer.itemId} has no option ${unknown.join(', ')}`]);
    chosen[answer.itemId] = [...new Set(answer.optionIds)];
  }
  return chosen;
}

/** The server's scoring: an item is right when exactly its correct options were chosen. */
export function scoreAnswers(layout: LayoutSlot[], chosen: Record<string, string[]>, items: Map<string, QuestionItem>, passMark: number) {
  const correct = layout.filter((l) => sameSet(chosen[l.itemId] ?? [], items.get(l.itemId)!.correct)).map((l) => l.itemId);
  const score = Math.round((correct.length / layout.length) * 100);
  return { correct, score, passed: score >= passMark };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
