import { DomainException } from '../common/domain.exception';

export class InvalidLicenceTransitionException extends DomainException {
  constructor(action: string, status: string) {
    super(
      'INVALID_TRANSITION',
      { ko: `${status} 상태의 면허에는 이 조작(${action})을 할수 없습니다.`, en: `A licence that is ${status} cannot be ${action}.` },
      { action, status },
    );
  }
}

export class RenewalNotEligibleException extends DomainException {
  constructor(remaining: number) {
    super(
      'NOT_ELIGIBLE',
      {
        ko: `갱신에 필요한 학점이 ${remaining}시간 모자랍니다. 사유를 적어 례외로 갱신할수 있습니다.`,
        en: `${remaining} credit hours are still missing for renewal; an exception needs a written reason.`,
      },
      { remaining },
    );
  }
}

export class ReasonRequiredException extends DomainException {
  constructor() {
    super('BAD_USER_INPUT', { ko: '사유를 적어야 합니다.', en: 'A reason is required.' }, { field: 'reason' });
  }
}

export class AlreadyReversedException extends DomainException {
  constructor() {
    super('ALREADY_REVERSED', { ko: '이미 바로잡은 기록입니다.', en: 'This entry has already been reversed.' });
  }
}

/** The cycle was renewed already (a re-sent or concurrent request), or the current one has not begun. */
export class AlreadyRenewedException extends DomainException {
  constructor(expiresOn: string) {
    super(
      'ALREADY_RENEWED',
      {
        ko: `이 면허는 이미 갱신되였습니다. 만기일: ${expiresOn}`,
        en: `This licence has already been renewed; it expires on ${expiresOn}.`,
      },
      { expiresOn },
    );
  }
}

export class AlreadyRevokedException extends DomainException {
  constructor() {
    super('ALREADY_REVOKED', { ko: '이미 취소된 증서입니다.', en: 'This certificate is already revoked.' });
  }
}

export class AlreadyIssuedException extends DomainException {
  constructor() {
    super('ALREADY_ISSUED', {
      ko: '이 교육과정의 유효한 증서가 이미 있습니다.',
      en: 'A valid certificate for this curriculum already exists.',
    });
  }
}

/** Assigning a plan exactly as it stands (same curriculum and due date) changes nothing. */
export class AlreadyAssignedException extends DomainException {
  constructor(dueOn: string) {
    super(
      'ALREADY_ASSIGNED',
      { ko: `이 재교육은 이미 ${dueOn}까지로 배정되였습니다.`, en: `This retraining is already assigned, due ${dueOn}.` },
      { dueOn },
    );
  }
}

export class UserAlreadyLinkedException extends DomainException {
  constructor(userId: string) {
    super(
      'USER_ALREADY_LINKED',
      { ko: '이 사용자계정은 이미 다른 보건일군과 련결되였습니다.', en: 'This user account is already linked to a worker.' },
      { userId },
    );
  }
}

export class WorkerAlreadyLinkedException extends DomainException {
  constructor(workerId: string) {
    super(
      'WORKER_ALREADY_LINKED',
      { ko: '이 보건일군은 이미 사용자계정과 련결되였습니다.', en: 'This worker is already linked to a user account.' },
      { workerId },
    );
  }
}

/** A registrar links only trainee accounts (or accounts with no role) of their own region. */
export class AccountNotLinkableException extends DomainException {
  constructor() {
    super('FORBIDDEN', {
      ko: '등록원은 자기 지역의 수강생계정만 보건일군과 련결할수 있습니다.',
      en: 'A registrar may link only trainee accounts of their own region to a worker.',
    });
  }
}

/** A certificate key marked compromised signs nothing more, and cannot be marked twice. */
export class CompromisedKeyException extends DomainException {
  constructor(id: number) {
    super(
      'KEY_COMPROMISED',
      { ko: `서명열쇠 ${id}은(는) 위험에 처한것으로 표시되였습니다.`, en: `Certificate key ${id} is marked compromised.` },
      { id },
    );
  }
}
