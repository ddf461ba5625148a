import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Lesson } from '../curricula/lesson.entity';
import { CompletionService } from './completion.service';
import { enrolIn } from './enrolments.service';
import type { ProgressEventInput } from './learning.inputs';
import { InvalidProgressEventsException } from './learning.exception';
import { LessonProgress } from './lesson-progress.entity';
import { ProgressEventType } from './progress-event.entity';
import { progressProblems } from './progress-validation';

export interface RecordProgressOutcome {
  accepted: number;
  duplicates: number;
  lessons: LessonProgress[];
}

/** One lesson's share of a batch of new events, folded with the same rules the database applies. */
interface Fold {
  lessonId: string;
  courseId: string;
  openedAt: Date | null;
  completedAt: Date | null;
  percentRead: number;
  seconds: number;
  position: { value: number; at: Date; event: string } | null;
}

@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly completion: CompletionService,
  ) {}

  /**
   * Idempotent and order-independent: events already seen (by id) change nothing; the rest are folded into
   * the lesson summaries with commutative rules. Reading does not enrol; finishing a lesson enrols the trainee
   * in its course (again, if she had left it).
   */
  async record(userId: string, events: ProgressEventInput[]): Promise<RecordProgressOutcome> {
    const lessonIds = [...new Set(events.map((e) => e.lessonId))];
    const lessons = lessonIds.length
      ? await this.db.getRepository(Lesson).find({ where: { id: In(lessonIds) }, select: { id: true, courseId: true } })
      : [];
    const courseOf = new Map(lessons.map((l) => [l.id, l.courseId]));
    const problems = progressProblems(events, new Set(courseOf.keys()));
    if (problems.length > 0) throw new InvalidProgressEventsException(problems);
    const unique = [...new Map(events.map((e) => [e.id.toLowerCase(), e])).values()];

    const { completed, ...outcome } = await this.db.transaction(async (manager) => {
      const fresh = await insertNew(manager, userId, unique);
      const folds = fold(fresh, courseOf);
      await upsertSummaries(manager, userId, folds);
      const completedCourses = [...new Set(folds.filter((f) => f.completedAt).map((f) => f.courseId))];
      await enrolIn(manager, [userId], completedCourses);
      const completed = await this.completion.check(manager, userId, completedCourses);
      const summaries = lessonIds.length
        ? await manager.getRepository(LessonProgress).find({ where: { userId, lessonId: In(lessonIds) } })
        : [];
      return { accepted: fresh.length, duplicates: events.length - fresh.length, lessons: summaries, completed };
    });
    await this.completion.announce(userId, completed);
    return outcome;
  }
}

/** Stores the events not seen before and returns them; a replayed id (even from another batch) is skipped. */
async function insertNew(manager: EntityManager, userId: string, events: ProgressEventInput[]): Promise<ProgressEventInput[]> {
  if (events.length === 0) return [];
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO progress_event (id, user_id, lesson_id, type, occurred_at, position, percent_read, seconds)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::timestamptz[], $6::float8[], $7::int[], $8::int[])
     ON CONFLICT (user_id, id) DO NOTHING RETURNING id`,
    [
      events.map((e) => e.id),
      events.map(() => userId),
      events.map((e) => e.lessonId),
      events.map((e) => e.type),
      events.map((e) => e.occurredAt.toISOString()),
      events.map((e) => (e.type === ProgressEventType.position ? e.position : null)),
      events.map((e) => (e.type === ProgressEventType.position ? (e.percentRead ?? Math.round((e.position ?? 0) * 100)) : null)),
      events.map((e) => (e.type === ProgressEventType.time ? e.seconds : null)),
    ],
  );
  const inserted = new Set(rows.map((r) => r.id.toLowerCase()));
  return events.filter((e) => inserted.has(e.id.toLowerCase()));
}

function fold(events: ProgressEventInput[], courseOf: Map<string, string>): Fold[] {
  const folds = new Map<string, Fold>();
  const min = (a: Date | null, b: Date) => (a && a <= b ? a : b);
  for (const e of events) {
    const f = folds.get(e.lessonId) ?? {
      lessonId: e.lessonId,
      courseId: courseOf.get(e.lessonId)!,
      openedAt: null,
      completedAt: null,
      percentRead: 0,
      seconds: 0,
      position: null,
    };
    folds.set(e.lessonId, f);
    f.openedAt = min(f.openedAt, e.occurredAt); // any event means the lesson was open
    if (e.type === ProgressEventType.completed) f.completedAt = min(f.completedAt, e.occurredAt);
    if (e.type === ProgressEventType.time) f.seconds += e.seconds!;
    if (e.type === ProgressEventType.position) {
      f.percentRead = Math.max(f.percentRead, e.percentRead ?? Math.round(e.position! * 100));
      const later =
        !f.position || e.occurredAt > f.position.at || (e.occurredAt.getTime() === f.position.at.getTime() && e.id > f.position.event);
      if (later) f.position = { value: e.position!, at: e.occurredAt, event: e.id.toLowerCase() };
    }
  }
  return [...folds.values()];
}

/** The same rules in SQL, so concurrent batches for one lesson also converge. */
async function upsertSummaries(manager: EntityManager, userId: string, folds: Fold[]) {
  if (folds.length === 0) return;
  await manager.query(
    `INSERT INTO lesson_progress AS p (user_id, lesson_id, course_id, opened_at, completed_at, percent_read, time_spent_seconds, position, position_at, position_event)
     SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::timestamptz[], $5::timestamptz[], $6::int[], $7::int[], $8::float8[], $9::timestamptz[], $10::uuid[])
     ON CONFLICT (user_id, lesson_id) DO UPDATE SET
       opened_at = LEAST(p.opened_at, EXCLUDED.opened_at),
       completed_at = LEAST(p.completed_at, EXCLUDED.completed_at),
       percent_read = GREATEST(p.percent_read, EXCLUDED.percent_read),
       time_spent_seconds = p.time_spent_seconds + EXCLUDED.time_spent_seconds,
       position = CASE WHEN ${LATER} THEN EXCLUDED.position ELSE p.position END,
       position_event = CASE WHEN ${LATER} THEN EXCLUDED.position_event ELSE p.position_event END,
       position_at = CASE WHEN ${LATER} THEN EXCLUDED.position_at ELSE p.position_at END`,
    [
      userId,
      folds.map((f) => f.lessonId),
      folds.map((f) => f.courseId),
      folds.map((f) => f.openedAt?.toISOString() ?? null),
      folds.map((f) => f.completedAt?.toISOString() ?? null),
      folds.map((f) => f.percentRead),
      folds.map((f) => f.seconds),
      folds.map((f) => f.position?.value ?? null),
      folds.map((f) => f.position?.at.toISOString() ?? null),
      folds.map((f) => f.position?.event ?? null),
    ],
  );
}

const LATER = `EXCLUDED.position_at IS NOT NULL AND (p.position_at IS NULL OR (EXCLUDED.position_at, EXCLUDED.position_event) > (p.position_at, p.position_event))`;
