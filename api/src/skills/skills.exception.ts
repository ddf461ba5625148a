import { DomainException } from '../common/domain.exception';

export class OutcomeMismatchException extends DomainException {
  constructor(expected: string) {
    super(
      'OUTCOME_MISMATCH',
      {
        ko: `결과가 점검한 단계와 맞지 않습니다: 중요단계를 모두 바르게 하였으면 합격, 하나라도 놓쳤으면 재련습입니다 (${expected === 'pass' ? '합격' : '재련습'}).`,
        en: `The outcome does not match the steps: pass when every critical step was done correctly, otherwise needs practice (${expected === 'pass' ? 'pass' : 'needs practice'}).`,
      },
      { expected },
    );
  }
}

export class ClientIdReusedException extends DomainException {
  constructor() {
    super('CLIENT_ID_REUSED', {
      ko: '이 제출번호는 다른 평가에 이미 쓰였습니다. 페지를 새로 열고 다시 기록하십시오.',
      en: 'This submission key was already used for another assessment. Reload the page and record it again.',
    });
  }
}

export class NoWorkerRecordException extends DomainException {
  constructor(userId: string) {
    super('NO_WORKER_RECORD', { ko: '이 계정에는 보건일군 등록이 없습니다.', en: 'This account has no health-worker record.' }, { userId });
  }
}
