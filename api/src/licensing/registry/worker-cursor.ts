import { DomainException } from '../../common/domain.exception';

/** Where a page of the workers list ends: the list order's key (name, registration number) of its last row. */
export interface WorkerCursor {
  name: string;
  registrationNumber: string;
}

export class InvalidCursorException extends DomainException {
  constructor(field: string) {
    super('BAD_USER_INPUT', { ko: `페지 위치(${field})가 올바르지 않습니다. 목록을 처음부터 다시 여십시오.`, en: `${field} is not a cursor this list gave out: open the list from the start again.` }, { field });
  }
}

export class OffsetTooDeepException extends DomainException {
  constructor(max: number) {
    super('BAD_USER_INPUT', { ko: `${max}번째 행 뒤로는 페지 위치(after)로 넘기십시오.`, en: `offset is limited to ${max}: page further with the after cursor.` }, { field: 'offset', max });
  }
}

/** An opaque string for clients: base64url of the key, so it survives URLs and never needs parsing by them. */
export const encodeCursor = (c: WorkerCursor): string => Buffer.from(JSON.stringify([c.name, c.registrationNumber]), 'utf8').toString('base64url');

export function decodeCursor(text: string | undefined | null, field: string): WorkerCursor | undefined {
  if (text === undefined || text === null) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return { name: value[0], registrationNumber: value[1] };
  } catch {
    // reported below
  }
  throw new InvalidCursorException(field);
}
