import { DomainException } from '../common/domain.exception';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords/password-limits';

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_IS_USERNAME' | 'PASSWORD_TOO_COMMON';

const PASSWORD_MESSAGES: Record<PasswordProblem, { ko: string; en: string }> = {
  PASSWORD_TOO_SHORT: { ko: `암호는 ${PASSWORD_MIN}자 이상이여야 합니다.`, en: `A password needs at least ${PASSWORD_MIN} characters.` },
  PASSWORD_TOO_LONG: { ko: `암호는 ${PASSWORD_MAX}자를 넘을수 없습니다.`, en: `A password can have at most ${PASSWORD_MAX} characters.` },
  PASSWORD_IS_USERNAME: {
    ko: '암호가 사용자이름과 같습니다. 다른 암호를 정하십시오.',
    en: 'The password is the username. Choose another one.',
  },
  PASSWORD_TOO_COMMON: {
    ko: '너무 흔한 암호입니다. 남이 짐작하기 어려운 암호를 정하십시오.',
    en: 'This password is too common. Choose one that is hard to guess.',
  },
};

/** A new password that breaks a rule of the policy (password-policy.ts); the code says which. */
export class PasswordRejectedException extends DomainException {
  constructor(problem: PasswordProblem) {
    super(problem, PASSWORD_MESSAGES[problem], { field: 'password' });
  }
}

export class UsernameTakenException extends DomainException {
  constructor(username: string) {
    super(
      'USERNAME_TAKEN',
      { ko: `사용자이름 ${username}은(는) 이미 있습니다.`, en: `The username ${username} is already taken.` },
      { username },
    );
  }
}

export class WorkerHasAccountException extends DomainException {
  constructor() {
    super('WORKER_HAS_ACCOUNT', { ko: '이 보건일군에게는 이미 계정이 있습니다.', en: 'This worker already has an account.' });
  }
}

export class CannotDeactivateSelfException extends DomainException {
  constructor() {
    super('CANNOT_DEACTIVATE_SELF', { ko: '자기 계정은 정지시킬수 없습니다.', en: 'You cannot deactivate your own account.' });
  }
}

export class LastAdminException extends DomainException {
  constructor() {
    super('LAST_ADMIN', {
      ko: '마지막 관리자입니다. 다른 관리자를 먼저 만드십시오.',
      en: 'This is the last active administrator. Make another administrator first.',
    });
  }
}

export type ResetCodeProblem = 'RESET_CODE_INVALID' | 'RESET_CODE_EXPIRED' | 'RESET_CODE_USED';

const RESET_CODE_MESSAGES: Record<ResetCodeProblem, { ko: string; en: string }> = {
  RESET_CODE_INVALID: {
    ko: '사용자이름 또는 재설정번호가 틀렸습니다.',
    en: 'Wrong username or reset code.',
  },
  RESET_CODE_EXPIRED: {
    ko: '재설정번호의 유효기간(72시간)이 지났습니다. 등록원에게 새 번호를 받으십시오.',
    en: 'The reset code has expired (72 hours). Ask a registrar for a new one.',
  },
  RESET_CODE_USED: {
    ko: '이미 사용한 재설정번호입니다. 등록원에게 새 번호를 받으십시오.',
    en: 'This reset code has already been used. Ask a registrar for a new one.',
  },
};

export class ResetCodeRejectedException extends DomainException {
  constructor(problem: ResetCodeProblem) {
    super(problem, RESET_CODE_MESSAGES[problem]);
  }
}
