import { DomainException } from '../../common/domain.exception';

export const MAX_ACCOUNTS_PER_CALL = 1000;

export class TooManyAccountsException extends DomainException {
  constructor(count: number) {
    super(
      'TOO_MANY_ACCOUNTS',
      {
        ko: `한번에 ${MAX_ACCOUNTS_PER_CALL}명까지 계정을 만들수 있습니다 (${count}명).`,
        en: `At most ${MAX_ACCOUNTS_PER_CALL} accounts per call (${count} given).`,
      },
      { max: MAX_ACCOUNTS_PER_CALL },
    );
  }
}

export class NoWorkersException extends DomainException {
  constructor() {
    super('BAD_USER_INPUT', { ko: '보건일군을 한명 이상 골라야 합니다.', en: 'Choose at least one worker.' }, { field: 'workerIds' });
  }
}

/** A slip asked for an account that is not the worker's, or whose first password has been changed already. */
export class SlipMismatchException extends DomainException {
  constructor(workerId: string) {
    super(
      'SLIP_MISMATCH',
      {
        ko: '쪽지의 계정이 이 보건일군의 새 계정이 아닙니다.',
        en: 'The slip’s account is not this worker’s new account (or its first password was changed).',
      },
      { workerId },
    );
  }
}
