import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { manyEach, oneEach, PerRequest } from '../common/loaders';
import { Course } from '../curricula/course.entity';
import { Lesson } from '../curricula/lesson.entity';
import { QuestionItem } from '../quizzes/question-item.entity';
import { Quiz } from '../quizzes/quiz.entity';
import { EnrolmentsService } from './enrolments.service';
import { Enrolment } from './enrolment.entity';
import type { CourseProgress, QuizAttemptView, QuizStatus } from './learning.model';
import { LessonProgress } from './lesson-progress.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizAttemptsService, statusOf } from './quiz-attempts.service';

/** Per request and per user: nested learning fields of a list cost one query per field, not per row. */
export class LearningLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly userId: string,
    private readonly enrolments: EnrolmentsService,
    private readonly attempts: QuizAttemptsService,
  ) {}

  readonly course = new DataLoader<string, Course | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Course).findBy({ id: In([...ids]) }), (c) => c.id),
  );

  readonly lesson = new DataLoader<string, Lesson | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Lesson).findBy({ id: In([...ids]) }), (l) => l.id),
  );

  readonly quizzesOfCourse = new DataLoader<string, Quiz[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(Quiz).find({ where: { courseId: In([...ids]) }, order: { position: 'ASC' } }),
      (q) => q.courseId,
    ),
  );

  readonly quizOfLesson = new DataLoader<string, Quiz | null>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Quiz).findBy({ lessonId: In([...ids]) }), (q) => q.lessonId).map((q) => q ?? null),
  );

  readonly itemCount = new DataLoader<string, number>(async (ids) => {
    const rows: { quiz_id: string; n: string }[] = await this.db
      .getRepository(QuestionItem)
      .createQueryBuilder('i')
      .select('i.quiz_id', 'quiz_id')
      .addSelect('count(*)', 'n')
      .where('i.quiz_id IN (:...ids)', { ids })
      .groupBy('i.quiz_id')
      .getRawMany();
    return ids.map((id) => Number(rows.find((r) => r.quiz_id === id)?.n ?? 0));
  });

  readonly myEnrolment = new DataLoader<string, Enrolment | null>(async (courseIds) =>
    oneEach(courseIds, await this.enrolments.enrolments(this.userId, courseIds), (e) => e.courseId).map((e) => e ?? null),
  );

  readonly myProgress = new DataLoader<string, LessonProgress | null>(async (lessonIds) =>
    oneEach(
      lessonIds,
      await this.db.getRepository(LessonProgress).findBy({ userId: this.userId, lessonId: In([...lessonIds]) }),
      (p) => p.lessonId,
    ).map((p) => p ?? null),
  );

  readonly courseProgress = new DataLoader<string, CourseProgress>(async (courseIds) => {
    const map = await this.enrolments.progress(this.userId, courseIds);
    return courseIds.map((id) => map.get(id)!);
  });

  private readonly myAttemptRows = new DataLoader<string, QuizAttempt[]>(async (quizIds) =>
    manyEach(
      quizIds,
      await this.db.getRepository(QuizAttempt).find({ where: { userId: this.userId, quizId: In([...quizIds]) }, order: { number: 'ASC' } }),
      (a) => a.quizId,
    ),
  );

  async myStatus(quiz: Quiz): Promise<QuizStatus> {
    return statusOf(quiz, await this.myAttemptRows.load(quiz.id), new Date());
  }

  async myAttempts(quiz: Quiz): Promise<QuizAttemptView[]> {
    return this.attempts.views(await this.myAttemptRows.load(quiz.id));
  }
}

@Injectable()
export class LearningLoaderFactory {
  private readonly loaders = new PerRequest((userId: string) => new LearningLoaders(this.db, userId, this.enrolments, this.attempts));

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrolments: EnrolmentsService,
    private readonly attempts: QuizAttemptsService,
  ) {}

  for(request: object, userId: string): LearningLoaders {
    return this.loaders.for(request, userId);
  }
}
