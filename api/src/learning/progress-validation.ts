import type { ProgressEventInput } from './learning.inputs';
import { ProgressEventType } from './progress-event.entity';

export const MAX_EVENTS_PER_CALL = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

/** Every problem of a batch, by event index; an empty list means the batch can be recorded. */
export function progressProblems(events: ProgressEventInput[], knownLessons: Set<string>, now = new Date()) {
  const problems: { index: number; id?: string; problem: string }[] = [];
  if (events.length > MAX_EVENTS_PER_CALL)
    problems.push({ index: MAX_EVENTS_PER_CALL, problem: `at most ${MAX_EVENTS_PER_CALL} events per call` });
  events.forEach((e, index) => {
    const fail = (problem: string) => problems.push({ index, id: e.id, problem });
    if (!UUID.test(e.id)) fail('id must be a UUID');
    if (!knownLessons.has(e.lessonId)) fail(`unknown lesson ${e.lessonId}`);
    if (!(e.occurredAt instanceof Date) || Number.isNaN(e.occurredAt.getTime())) fail('occurredAt is not a date');
    else if (e.occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) fail('occurredAt is in the future');
    if (e.type === ProgressEventType.position) {
      if (e.position === undefined || e.position === null || e.position < 0 || e.position > 1) fail('position must be between 0 and 1');
      if (e.percentRead !== undefined && e.percentRead !== null && (e.percentRead < 0 || e.percentRead > 100))
        fail('percentRead must be 0..100');
    }
    if (e.type === ProgressEventType.time && (!Number.isInteger(e.seconds) || e.seconds! < 1 || e.seconds! > 3600))
      fail('seconds must be 1..3600');
  });
  return problems;
}
