import { GraphQLError } from 'graphql';

export interface Messages {
  ko: string;
  en: string;
}

/**
 * Every error a user can cause: a stable code for clients, and a human message in Korean (first) and English.
 * `message` carries both so that any GraphQL client shows something readable.
 */
export class DomainException extends GraphQLError {
  constructor(code: string, messages: Messages, details: Record<string, unknown> = {}) {
    super(`${messages.ko} / ${messages.en}`, {
      extensions: { code, messageKo: messages.ko, messageEn: messages.en, ...details },
    });
  }
}

export class NotFoundException extends DomainException {
  constructor(entity: Messages, id: string) {
    super('NOT_FOUND', { ko: `${entity.ko}을(를) 찾을 수 없습니다: ${id}`, en: `${entity.en} not found: ${id}` }, { id });
  }
}

/** No signed-in user where one is needed (raised by access checks and the auth guard). */
export class UnauthenticatedException extends DomainException {
  constructor() {
    super('UNAUTHENTICATED', { ko: '먼저 들어가십시오 (로그인이 필요합니다).', en: 'Please sign in first.' });
  }
}

export class ForbiddenException extends DomainException {
  constructor() {
    super('FORBIDDEN', { ko: '이 작업을 할 권한이 없습니다.', en: 'You are not allowed to do this.' });
  }
}

export class BadUserInputException extends DomainException {
  constructor(problems: string[]) {
    super(
      'BAD_USER_INPUT',
      { ko: `입력이 올바르지 않습니다: ${problems.join('; ')}`, en: `Invalid input: ${problems.join('; ')}` },
      { problems },
    );
  }
}
