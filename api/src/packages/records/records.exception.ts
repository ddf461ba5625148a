import { DomainException } from '../../common/domain.exception';

export class BadWatermarkException extends DomainException {
  constructor(value: string) {
    super(
      'BAD_WATERMARK',
      { ko: `'이후' 시점이 날자나 시각이 아닙니다: ${value}`, en: `The 'since' point is not an ISO date or date-time: ${value}` },
      { value },
    );
  }
}

/** A content package, or another kind, given to the records importer. */
export class NotRecordsPackageException extends DomainException {
  constructor(kind: string) {
    super(
      'NOT_RECORDS_PACKAGE',
      {
        ko: `기록꾸레미가 아닙니다(종류: ${kind}). 아무것도 쓰지 않았습니다.`,
        en: `This is not a records package (kind: ${kind}); nothing was written.`,
      },
      { kind },
    );
  }
}

/** A record that is not what its type says, or names a facility or region this install does not know. */
export class RecordsInvalidException extends DomainException {
  constructor(type: string, id: string, problem: string) {
    super(
      'RECORDS_INVALID',
      {
        ko: `꾸레미의 ${type} 기록 ${id}을(를) 적용할 수 없습니다: ${problem}. 아무것도 쓰지 않았습니다.`,
        en: `Record ${type} ${id} of the package cannot be applied: ${problem}; nothing was written.`,
      },
      { type, id, problem },
    );
  }
}

export class ConflictAlreadySettledException extends DomainException {
  constructor() {
    super('ALREADY_SETTLED', { ko: '이 충돌은 이미 해결되였습니다.', en: 'This conflict was already settled.' });
  }
}
