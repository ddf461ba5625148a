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
      { ko: `갱신에 필요한 학점이 ${remaining}시간 모자랍니다. 사유를 적어 례외로 갱신할수 있습니다.`, en: `${remaining} credit hours are still missing for renewal; an exception needs a written reason.` },
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
