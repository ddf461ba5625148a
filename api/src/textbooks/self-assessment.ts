import { optionLabel, TRUE_FALSE } from './pdf/back-matter';
import type { SelfAssessmentQuestion } from './textbook-apparatus.model';

/** How many questions a chapter's self-assessment has (fewer when its lessons have fewer items). */
export const QUESTIONS_PER_CHAPTER = 5;

/** A quiz item of a lesson, as stored (answer key included), in quiz and item order. */
export interface LessonItem {
  lessonId: string;
  id: string;
  type: string;
  stem: string;
  caseText: string | null;
  options: { id: string; text: string }[];
  correct: string[];
  explanation: string;
}

/**
 * A chapter's questions: the lessons' items taken in turn (first item of each lesson in reading order, then the
 * second, ...), so every lesson is asked about before any is asked twice. Deterministic, so paper and screen agree.
 */
export function selectSelfAssessment(lessonIds: string[], items: LessonItem[], count = QUESTIONS_PER_CHAPTER): SelfAssessmentQuestion[] {
  const queues = lessonIds.map((id) => items.filter((item) => item.lessonId === id));
  const chosen: LessonItem[] = [];
  for (let round = 0; chosen.length < count && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) if (queue[round] && chosen.length < count) chosen.push(queue[round]);
  }
  return chosen.map((item) => ({
    id: item.id,
    case: item.caseText,
    stem: item.stem,
    options: item.options.map((o) => o.text),
    answer: answerOf(item),
    explanation: item.explanation,
  }));
}

function answerOf(item: LessonItem): string {
  if (item.type === 'true_false') return item.correct[0] === 'true' ? TRUE_FALSE.true : TRUE_FALSE.false;
  return item.options.flatMap((o, i) => (item.correct.includes(o.id) ? [optionLabel(i)] : [])).join(', ');
}
