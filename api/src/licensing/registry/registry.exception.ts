import { DomainException } from '../../common/domain.exception';
import type { WorkerImportProblem } from './registry.model';

/** The file as a whole cannot be read as a worker list (syntax, header, size). */
export class CsvInvalidException extends DomainException {
  constructor(messages: { ko: string; en: string }, line?: number) {
    super('CSV_INVALID', messages, line === undefined ? {} : { line });
  }
}

/** Commit refused: some rows are invalid (nothing was written). `problems` lists every one. */
export class ImportInvalidException extends DomainException {
  constructor(problems: WorkerImportProblem[]) {
    super(
      'IMPORT_INVALID',
      {
        ko: `가져올수 없습니다. 잘못된 곳이 ${problems.length}개 있습니다. 아무것도 등록하지 않았습니다.`,
        en: `Nothing was imported: ${problems.length} problem(s) in the file.`,
      },
      { problems },
    );
  }
}

export class DaysOutOfRangeException extends DomainException {
  constructor(days: number) {
    super(
      'BAD_USER_INPUT',
      { ko: `기간은 1일부터 366일까지입니다: ${days}`, en: `days must be between 1 and 366: ${days}` },
      { field: 'days' },
    );
  }
}
