import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { QuestionItem } from '../quizzes/question-item.entity';
import { Quiz } from '../quizzes/quiz.entity';
import { CompletionService } from './completion.service';
import { Enrolment } from './enrolment.entity';
import type { AnswerInput } from './learning.inputs';
import {
  AttemptAlreadySubmittedException,
  AttemptsExhaustedException,
  NotEnrolledException,
  QuizAlreadyPassedException,
  QuizCooldownException,
} from './learning.exception';
import { type QuizAttemptView, QuestionType, type QuizStatus } from './learning.model';
import { QuizAttempt } from './quiz-attempt.entity';
import { chooseAnswers, optionsOf, scoreAnswers } from './scoring';
import { shuffled } from './shuffle';

@Injectable()
export class QuizAttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly completion: CompletionService,
  ) {}

  async getQuiz(id: string): Promise<Quiz> {
    const quiz = await this.db.getRepository(Quiz).findOneBy({ id });
    if (!quiz) throw new NotFoundException({ ko: '시험', en: 'Quiz' }, id);
    return quiz;
  }

  /** Starts an attempt with items and options in a fresh random order, or resumes the unsubmitted one. */
  async start(userId: string, quizId: string, now = new Date()): Promise<QuizAttemptView> {
    const quiz = await this.getQuiz(quizId);
    const enrolled = await this.db.getRepository(Enrolment).existsBy({ userId, courseId: quiz.courseId, leftAt: IsNull() });
    if (!enrolled) throw new NotEnrolledException(quiz.courseId);
    const attempts = await this.attemptsOf(userId, quizId);
    const open = attempts.find((a) => !a.submittedAt);
    if (open) return this.view(open);
    const status = statusOf(quiz, attempts, now);
    if (status.passed) throw new QuizAlreadyPassedException();
    if (status.attemptsLeft === 0) throw new AttemptsExhaustedException(quiz.maxAttempts!);
    if (status.nextAttemptAt) throw new QuizCooldownException(status.nextAttemptAt);
    const items = await this.db.getRepository(QuestionItem).find({ where: { quizId }, order: { position: 'ASC' } });
    const layout = shuffled(items).map((item) => ({
      itemId: item.id,
      optionIds: shuffled(optionsOf(item).map((o) => o.id)),
    }));
    const attempt = await this.db.getRepository(QuizAttempt).save({ userId, quizId, number: attempts.length + 1, layout });
    return this.view(attempt, items);
  }

  /** Scores on the server; nothing is recorded unless every answer refers to an item and option of this attempt. */
  async submit(userId: string, attemptId: string, answers: AnswerInput[]): Promise<QuizAttemptView> {
    const attempt = await this.db.getRepository(QuizAttempt).findOneBy({ id: attemptId, userId });
    if (!attempt) throw new NotFoundException({ ko: '시험 응시', en: 'Quiz attempt' }, attemptId);
    if (attempt.submittedAt) throw new AttemptAlreadySubmittedException();
    const quiz = await this.getQuiz(attempt.quizId);
    const items = new Map((await this.itemsOf(attempt)).map((i) => [i.id, i]));
    const chosen = chooseAnswers(attempt.layout, answers);
    const { correct, score, passed } = scoreAnswers(attempt.layout, chosen, items, quiz.passMark);
    const submittedAt = new Date();
    const completed = await this.db.transaction(async (manager) => {
      const result = await manager.update(
        QuizAttempt,
        { id: attempt.id, submittedAt: IsNull() },
        { answers: chosen, correct, score, passed, submittedAt },
      );
      if (result.affected !== 1) throw new AttemptAlreadySubmittedException();
      return passed ? this.completion.check(manager, userId, [quiz.courseId]) : [];
    });
    await this.completion.announce(userId, completed);
    return this.view({ ...attempt, answers: chosen, correct, score, passed, submittedAt }, [...items.values()]);
  }

  async attempt(userId: string, attemptId: string): Promise<QuizAttemptView> {
    const attempt = await this.db.getRepository(QuizAttempt).findOneBy({ id: attemptId, userId });
    if (!attempt) throw new NotFoundException({ ko: '시험 응시', en: 'Quiz attempt' }, attemptId);
    return this.view(attempt);
  }

  attemptsOf(userId: string, quizId: string): Promise<QuizAttempt[]> {
    return this.db.getRepository(QuizAttempt).find({ where: { userId, quizId }, order: { number: 'ASC' } });
  }

  async status(userId: string, quiz: Quiz, now = new Date()): Promise<QuizStatus> {
    return statusOf(quiz, await this.attemptsOf(userId, quiz.id), now);
  }

  async views(attempts: QuizAttempt[]): Promise<QuizAttemptView[]> {
    const ids = [...new Set(attempts.flatMap((a) => a.layout.map((l) => l.itemId)))];
    const items = ids.length ? await this.db.getRepository(QuestionItem).findBy({ id: In(ids) }) : [];
    return attempts.map((a) => toView(a, items));
  }

  private async view(attempt: QuizAttempt, items?: QuestionItem[]): Promise<QuizAttemptView> {
    return toView(attempt, items ?? (await this.itemsOf(attempt)));
  }

  private itemsOf(attempt: QuizAttempt): Promise<QuestionItem[]> {
    return this.db.getRepository(QuestionItem).findBy({ id: In(attempt.layout.map((l) => l.itemId)) });
  }
}

export function statusOf(quiz: Quiz, attempts: QuizAttempt[], now: Date): QuizStatus {
  const submitted = attempts.filter((a) => a.submittedAt);
  const scores = submitted.map((a) => a.score ?? 0);
  const last = submitted.at(-1);
  const cooldownEnds =
    last && !last.passed && quiz.cooldownMinutes ? new Date(last.submittedAt!.getTime() + quiz.cooldownMinutes * 60_000) : null;
  return {
    passed: submitted.some((a) => a.passed),
    attemptsUsed: attempts.length,
    attemptsLeft: quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - attempts.length),
    nextAttemptAt: cooldownEnds && cooldownEnds > now ? cooldownEnds : null,
    bestScore: scores.length ? Math.max(...scores) : null,
  };
}

/** The only place attempts become client-facing: before submission, nothing says which option is correct. */
export function toView(attempt: QuizAttempt, items: QuestionItem[]): QuizAttemptView {
  const byId = new Map(items.map((i) => [i.id, i]));
  const submitted = attempt.submittedAt !== null;
  return {
    id: attempt.id,
    number: attempt.number,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    score: attempt.score,
    passed: attempt.passed,
    items: attempt.layout.map(({ itemId, optionIds }) => {
      const item = byId.get(itemId)!;
      const options = optionsOf(item);
      return {
        id: item.id,
        type: item.type as QuestionType,
        stem: item.stem,
        caseText: item.caseText,
        options: optionIds.map((id) => options.find((o) => o.id === id)!).filter(Boolean),
        chosen: attempt.answers?.[itemId] ?? [],
        correct: submitted ? (attempt.correct ?? []).includes(itemId) : null,
        correctOptionIds: submitted ? item.correct : null,
        explanation: submitted ? item.explanation : null,
      };
    }),
  };
}
