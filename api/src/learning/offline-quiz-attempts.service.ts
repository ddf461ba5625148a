import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputException } from '../common/domain.exception';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { QuestionItem } from '../quizzes/question-item.entity';
import type { Quiz } from '../quizzes/quiz.entity';
import { CompletionService } from './completion.service';
import { Enrolment } from './enrolment.entity';
import { AttemptsExhaustedException, NotEnrolledException, QuizAlreadyPassedException, QuizCooldownException } from './learning.exception';
import type { QuizAttemptView } from './learning.model';
import type { OfflineQuizAttemptInput } from './offline.model';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizAttemptsService, statusOf, toView } from './quiz-attempts.service';
import { chooseAnswers, optionsOf, scoreAnswers } from './scoring';

/** A browser's clock may run a little ahead of the server's; an answer from further ahead is refused. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Attempts answered in a saved quiz without the server, sent when the browser is back online. Each is scored
 * once: the browser's id is unique per user, and attempts of one course are numbered under a lock on the
 * enrolment, so a re-send (or ten at once) finds the first one and gets its result back.
 */
@Injectable()
export class OfflineQuizAttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly quizzes: QuizAttemptsService,
    private readonly completion: CompletionService,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(userId: string, input: OfflineQuizAttemptInput, now = new Date()): Promise<QuizAttemptView> {
    if (input.answeredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadUserInputException(['answeredAt is in the future']);
    const quiz = await this.quizzes.getQuiz(input.quizId);
    const items = await this.db.getRepository(QuestionItem).find({ where: { quizId: quiz.id }, order: { position: 'ASC' } });
    // Shown in the quiz's own order offline; the layout records that order like any attempt's.
    const layout = items.map((item) => ({ itemId: item.id, optionIds: optionsOf(item).map((o) => o.id) }));
    const chosen = chooseAnswers(layout, input.answers);
    const scored = scoreAnswers(layout, chosen, new Map(items.map((i) => [i.id, i])), quiz.passMark);
    const attempt = await this.db.transaction(async (manager) => {
      await this.lockEnrolment(manager, userId, quiz.courseId);
      const sent = await manager.findOneBy(QuizAttempt, { userId, clientId: input.clientId });
      if (sent) {
        if (sent.quizId !== quiz.id) throw new BadUserInputException([`client id ${input.clientId} belongs to another quiz`]);
        return sent;
      }
      const attempts = await manager.find(QuizAttempt, { where: { userId, quizId: quiz.id }, order: { number: 'ASC' } });
      refuseBeyondLimits(quiz, attempts, input.answeredAt);
      const created = await manager.save(
        manager.create(QuizAttempt, {
          userId,
          quizId: quiz.id,
          number: attempts.length + 1,
          layout,
          answers: chosen,
          ...scored,
          submittedAt: now,
          clientId: input.clientId,
          answeredAt: input.answeredAt,
        }),
      );
      if (scored.passed) await this.completion.check(manager, userId, [quiz.courseId]);
      await this.notifications.notify(manager, [userId], {
        kind: NotificationKind.quiz_scored,
        actorId: null,
        subject: quiz.title,
        link: `/quiz-attempts/${created.id}`,
      });
      return created;
    });
    return toView(attempt, items);
  }

  private async lockEnrolment(manager: EntityManager, userId: string, courseId: string): Promise<void> {
    const enrolment = await manager.findOne(Enrolment, { where: { userId, courseId }, lock: { mode: 'pessimistic_write' } });
    if (!enrolment) throw new NotEnrolledException(courseId);
  }
}

/** The limits an attempt started online meets on start, applied when the offline one was answered. */
function refuseBeyondLimits(quiz: Quiz, attempts: QuizAttempt[], answeredAt: Date): void {
  const status = statusOf(quiz, attempts, answeredAt);
  if (status.passed) throw new QuizAlreadyPassedException();
  if (status.attemptsLeft === 0) throw new AttemptsExhaustedException(quiz.maxAttempts!);
  if (status.nextAttemptAt) throw new QuizCooldownException(status.nextAttemptAt);
}
