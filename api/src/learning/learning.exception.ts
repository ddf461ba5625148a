import { DomainException } from '../common/domain.exception';

export class NotEnrolledException extends DomainException {
  constructor(courseId: string) {
    super(
      'NOT_ENROLLED',
      { ko: '이 과정에 등록하지 않았습니다. 먼저 과정에 등록하십시오.', en: 'You are not enrolled in this course; enrol first.' },
      { courseId },
    );
  }
}

export class AttemptsExhaustedException extends DomainException {
  constructor(maxAttempts: number) {
    super(
      'ATTEMPTS_EXHAUSTED',
      { ko: `시험을 볼수 있는 횟수(${maxAttempts}번)를 다 썼습니다.`, en: `All ${maxAttempts} attempts have been used.` },
      { maxAttempts },
    );
  }
}

export class QuizCooldownException extends DomainException {
  constructor(retryAt: Date) {
    const at = retryAt.toISOString();
    super(
      'QUIZ_COOLDOWN',
      { ko: `다음 시험은 ${at.slice(11, 16)} (UTC) 이후에 볼수 있습니다.`, en: `The next attempt is possible after ${at}.` },
      { retryAt: at },
    );
  }
}

export class QuizAlreadyPassedException extends DomainException {
  constructor() {
    super('QUIZ_ALREADY_PASSED', { ko: '이미 합격한 시험입니다.', en: 'You have already passed this quiz.' });
  }
}

export class AttemptAlreadySubmittedException extends DomainException {
  constructor() {
    super('ATTEMPT_ALREADY_SUBMITTED', {
      ko: '이미 제출한 시험입니다. 답을 바꿀수 없습니다.',
      en: 'This attempt has already been submitted.',
    });
  }
}

export class UnknownItemException extends DomainException {
  constructor(itemId: string) {
    super('UNKNOWN_ITEM', { ko: `이 시험에 없는 문제입니다: ${itemId}`, en: `This attempt has no item ${itemId}.` }, { itemId });
  }
}

export class InvalidProgressEventsException extends DomainException {
  constructor(problems: { index: number; id?: string; problem: string }[]) {
    const list = problems.map((p) => `#${p.index}: ${p.problem}`).join('; ');
    super(
      'BAD_USER_INPUT',
      {
        ko: `학습기록 ${problems.length}개가 올바르지 않아 아무것도 기록하지 않았습니다: ${list}`,
        en: `${problems.length} progress event(s) are invalid; nothing was recorded: ${list}`,
      },
      { problems },
    );
  }
}

export class CourseAlreadyCompletedException extends DomainException {
  constructor(courseId: string) {
    super('COURSE_COMPLETED', { ko: '이미 마친 과정은 그만둘수 없습니다.', en: 'A completed course cannot be left.' }, { courseId });
  }
}
