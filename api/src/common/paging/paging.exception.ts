import { DomainException } from '../domain.exception';

export class InvalidCursorException extends DomainException {
  constructor(field: string) {
    super(
      'BAD_USER_INPUT',
      {
        ko: `페지 위치(${field})가 올바르지 않습니다. 목록을 처음부터 다시 여십시오.`,
        en: `${field} is not a cursor this list gave out: open the list from the start again.`,
      },
      { field },
    );
  }
}

export class OffsetTooDeepException extends DomainException {
  constructor(max: number) {
    super(
      'BAD_USER_INPUT',
      { ko: `${max}번째 행 뒤로는 페지 위치(after)로 넘기십시오.`, en: `offset is limited to ${max}: page further with the after cursor.` },
      { field: 'offset', max },
    );
  }
}
