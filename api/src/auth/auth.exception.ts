import { DomainException } from '../common/domain.exception';

export class TokenExpiredException extends DomainException {
  constructor() {
    super('TOKEN_EXPIRED', { ko: '접속 시간이 끝났습니다. 다시 들어가십시오.', en: 'Your session has expired. Please sign in again.' });
  }
}

/** The same error for an unknown user and a wrong password, so usernames cannot be probed. */
export class InvalidCredentialsException extends DomainException {
  constructor() {
    super('INVALID_CREDENTIALS', { ko: '사용자이름 또는 암호가 틀렸습니다.', en: 'Wrong username or password.' });
  }
}

/** Says when to try again: in minutes and as a clock time (the server's), in both languages. */
export class LoginRateLimitedException extends DomainException {
  constructor(retryAfterSeconds: number, now = new Date()) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000);
    const clock = `${String(retryAt.getHours()).padStart(2, '0')}:${String(retryAt.getMinutes()).padStart(2, '0')}`;
    super(
      'TOO_MANY_ATTEMPTS',
      {
        ko: `들어가기 시도가 너무 많습니다. ${minutes}분 뒤(${clock} 이후)에 다시 해보십시오.`,
        en: `Too many sign-in attempts. Try again in ${minutes} min (after ${clock}).`,
      },
      { retryAfterSeconds, retryAt: retryAt.toISOString() },
    );
  }
}

export class PasswordChangeRequiredException extends DomainException {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', {
      ko: '처음 받은 암호를 먼저 자기 암호로 바꾸십시오.',
      en: 'Change the password you were given to your own first.',
    });
  }
}

export class WrongPasswordException extends DomainException {
  constructor() {
    super('WRONG_PASSWORD', { ko: '지금 암호가 틀렸습니다.', en: 'The current password is wrong.' }, { field: 'currentPassword' });
  }
}
