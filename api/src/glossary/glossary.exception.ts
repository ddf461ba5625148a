import { DomainException } from '../common/domain.exception';
import type { RowProblem } from './glossary-csv';

export class GlossaryEntryExistsException extends DomainException {
  constructor(southTerm: string, northTerm: string, status: string) {
    super(
      'GLOSSARY_ENTRY_EXISTS',
      {
        ko: `용어집에 이미 있는 항목입니다: ${southTerm} → ${northTerm} (${status})`,
        en: `The glossary already has ${southTerm} → ${northTerm} (${status}).`,
      },
      { southTerm, northTerm, status },
    );
  }
}

export class InvalidGlossaryTransitionException extends DomainException {
  constructor(action: string, status: string) {
    super(
      'INVALID_TRANSITION',
      { ko: `${status} 상태의 용어에는 이 조작(${action})을 할수 없습니다.`, en: `An entry that is ${status} cannot be ${action}.` },
      { action, status },
    );
  }
}

export class GlossaryCsvInvalidException extends DomainException {
  constructor(rows: RowProblem[]) {
    const list = rows
      .slice(0, 20)
      .map((r) => `${r.line}: ${r.problems.join(', ')}`)
      .join('; ');
    super(
      'CSV_INVALID',
      {
        ko: `CSV의 ${rows.length}개 행이 올바르지 않아 아무것도 가져오지 않았습니다: ${list}`,
        en: `${rows.length} row(s) of the CSV are invalid; nothing was imported: ${list}`,
      },
      { rows },
    );
  }
}

export class TextTooLongException extends DomainException {
  constructor(max: number) {
    super(
      'BAD_USER_INPUT',
      { ko: `글이 너무 깁니다 (최대 ${max}자).`, en: `The text is too long (at most ${max} characters).` },
      { field: 'text', max },
    );
  }
}

export class StaleFindingException extends DomainException {
  constructor(ids: string[]) {
    super(
      'STALE_FINDING',
      {
        ko: `글이 바뀌여 용어 지적을 적용할수 없습니다. 다시 검사하십시오: ${ids.join(', ')}`,
        en: `The text has changed; check it again before applying: ${ids.join(', ')}`,
      },
      { findingIds: ids },
    );
  }
}

export class GlossaryChangedException extends DomainException {
  constructor() {
    super('CONFLICT', { ko: '그사이 용어집이 바뀌였습니다. 다시 가져오십시오.', en: 'The glossary changed meanwhile; import again.' });
  }
}
