import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { Course } from '../curricula/course.entity';
import { CourseOutlineService } from '../curricula/course-outline.service';
import { User } from '../users/user.entity';
import { courseCounts } from './completion.service';
import { CourseAlreadyCompletedException, NotEnrolledException } from './learning.exception';
import { CourseCompletion } from './course-completion.entity';
import { Enrolment } from './enrolment.entity';
import type { CatalogueFilter } from './learning.inputs';
import type { CatalogueEntry, CourseProgress } from './learning.model';
import { LessonProgress } from './lesson-progress.entity';

/**
 * Enrols the users in the courses, or back in them if they had left: explicit enrolment, finishing a lesson and
 * a retraining plan all come here. Progress is never touched.
 */
export async function enrolIn(manager: EntityManager, userIds: string[], courseIds: string[]): Promise<void> {
  if (userIds.length === 0 || courseIds.length === 0) return;
  await manager.query(
    `INSERT INTO enrolment (user_id, course_id) SELECT u, c FROM unnest($1::uuid[]) u CROSS JOIN unnest($2::varchar[]) c
     ON CONFLICT (user_id, course_id) DO UPDATE SET left_at = NULL WHERE enrolment.left_at IS NOT NULL`,
    [userIds, courseIds],
  );
}

/** Enrolments that stand: a course the trainee left is not hers until she enrols again. */
const standing = { leftAt: IsNull() };

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outlines: CourseOutlineService,
  ) {}

  /** Idempotent: enrolling twice returns the same enrolment; enrolling in a course left restores it. */
  async enrol(userId: string, courseId: string): Promise<Enrolment> {
    if (!(await this.db.getRepository(Course).existsBy({ id: courseId })))
      throw new NotFoundException({ ko: '과정', en: 'Course' }, courseId);
    await enrolIn(this.db.manager, [userId], [courseId]);
    return this.db.getRepository(Enrolment).findOneByOrFail({ userId, courseId });
  }

  /** Leaves a course not completed: it is no longer listed as hers; her progress in it is kept. */
  async leave(userId: string, courseId: string): Promise<Course> {
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw new NotFoundException({ ko: '과정', en: 'Course' }, courseId);
    // Decided in one statement, so a completion committed meanwhile is never undone by leaving.
    const left = await this.db
      .getRepository(Enrolment)
      .update({ userId, courseId, ...standing, completedAt: IsNull() }, { leftAt: () => 'now()' });
    if (!left.affected) {
      const completed = await this.db.getRepository(Enrolment).existsBy({ userId, courseId, ...standing, completedAt: Not(IsNull()) });
      throw completed ? new CourseAlreadyCompletedException(courseId) : new NotEnrolledException(courseId);
    }
    return course;
  }

  myEnrolments(userId: string): Promise<Enrolment[]> {
    return this.db.getRepository(Enrolment).find({ where: { userId, ...standing }, order: { enrolledAt: 'DESC' } });
  }

  enrolments(userId: string, courseIds: readonly string[]): Promise<Enrolment[]> {
    return this.db.getRepository(Enrolment).findBy({ userId, courseId: In([...courseIds]), ...standing });
  }

  completions(userId: string, since?: Date): Promise<CourseCompletion[]> {
    return this.db.getRepository(CourseCompletion).find({
      where: { userId, ...(since ? { completedAt: MoreThanOrEqual(since) } : {}) },
      order: { completedAt: 'DESC' },
    });
  }

  /** Courses matching the filter: unfinished enrolments first, then courses for the trainee's cadre, then the rest. */
  async catalogue(userId: string, filter: CatalogueFilter = {}): Promise<CatalogueEntry[]> {
    // The courses come from the cached outline (reloaded when an import or publication changes them).
    const [all, user] = await Promise.all([this.outlines.courses(), this.db.getRepository(User).findOneBy({ id: userId })]);
    const courses = all.filter(
      (c) =>
        (!filter.topic || c.topic === filter.topic) &&
        (!filter.careLevel || c.careLevel === filter.careLevel) &&
        (!filter.cadre || c.cadres.includes(filter.cadre)),
    );
    const enrolments = new Map(
      (courses.length
        ? await this.enrolments(
            userId,
            courses.map((c) => c.id),
          )
        : []
      ).map((e) => [e.courseId, e]),
    );
    const entries = courses.map((course) => ({
      course,
      enrolment: enrolments.get(course.id) ?? null,
      matchesMyCadre: !!user?.cadre && course.cadres.includes(user.cadre),
    }));
    const rank = (e: CatalogueEntry) => (e.enrolment && !e.enrolment.completedAt ? 0 : e.matchesMyCadre ? 1 : 2);
    return entries
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
      .map(({ e }) => e);
  }

  /** Progress in several courses for one user: a fixed number of queries whatever the number of courses. */
  async progress(userId: string, courseIds: readonly string[]): Promise<Map<string, CourseProgress>> {
    const [counts, lessons, done, completions] = await Promise.all([
      courseCounts(this.db.manager, userId, courseIds),
      Promise.all(courseIds.map((id) => this.outlines.lessonsOf(id))).then((lists) => lists.flat()),
      this.db
        .getRepository(LessonProgress)
        .find({ where: { userId, courseId: In([...courseIds]) }, select: { lessonId: true, completedAt: true } }),
      this.db.getRepository(CourseCompletion).findBy({ userId, courseId: In([...courseIds]) }),
    ]);
    const completed = new Set(done.filter((p) => p.completedAt).map((p) => p.lessonId));
    const completedAt = new Map(completions.map((c) => [c.courseId, c.completedAt]));
    return new Map(
      counts.map((c) => {
        const total = c.lessonsTotal + c.quizzesTotal;
        return [
          c.courseId,
          {
            ...c,
            percent: total === 0 ? 0 : Math.floor(((c.lessonsCompleted + c.quizzesPassed) / total) * 100),
            nextLesson: lessons.find((l) => l.courseId === c.courseId && !completed.has(l.id)) ?? null,
            completedAt: completedAt.get(c.courseId) ?? null,
          },
        ];
      }),
    );
  }
}
