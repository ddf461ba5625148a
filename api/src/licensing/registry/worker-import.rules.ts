import { Cadre } from '../../users/cadre.enum';
import { CsvSyntaxError, parseCsv } from '../../common/csv';
import { CsvInvalidException } from './registry.exception';
import type { WorkerImportProblem, WorkerImportRow } from './registry.model';
import { isCalendarDate } from '../../common/dates';

/** Columns of the import file (README "Importing workers"); the licence columns go together or not at all. */
export const REQUIRED_COLUMNS = ['registration_number', 'name', 'cadre', 'facility_code'] as const;
export const LICENCE_COLUMNS = ['licence_type', 'licence_number', 'licence_issued_on'] as const;
/** Optional: yes/true/1/예 makes a trainee account for the row's worker in the same transaction. */
export const ACCOUNT_COLUMN = 'account' as const;
export const MAX_ROWS = 5000;
const MAX_CHARACTERS = 3_000_000;

type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof LICENCE_COLUMNS)[number] | typeof ACCOUNT_COLUMN;

const COLUMN_KO: Record<Column, string> = {
  registration_number: '등록번호',
  name: '이름',
  cadre: '직종',
  facility_code: '병원 코드',
  licence_type: '면허 종류',
  licence_number: '면허번호',
  licence_issued_on: '면허 발급일',
  account: '계정',
};

const ACCOUNT_YES = new Set(['yes', 'true', '1', 'y', '예']);
const ACCOUNT_NO = new Set(['', 'no', 'false', '0', 'n', '아니', '아니오']);

/** Whether the row asks for an account (an unreadable value is reported by validateRows). */
export const wantsAccount = (values: CandidateRow['values']) => ACCOUNT_YES.has(values.account.toLowerCase());

/** Cadres as codes or as the Korean and English names people type. */
const CADRE_NAMES: Record<string, Cadre> = {
  의사: Cadre.doctor,
  담당구역의사: Cadre.district_doctor,
  준의: Cadre.assistant_doctor,
  간호원: Cadre.nurse,
  조산원: Cadre.midwife,
  약제사: Cadre.pharmacist,
  고려의사: Cadre.koryo_doctor,
  ...Object.fromEntries(Object.values(Cadre).map((c) => [c, c])),
};

export function cadreOf(value: string): Cadre | undefined {
  return (
    CADRE_NAMES[value.trim()] ??
    CADRE_NAMES[
      value
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    ]
  );
}

export interface CandidateRow {
  line: number;
  values: Record<Column, string>;
}

/** Reads the file into rows keyed by column; a file that is not a worker list is refused whole. */
export function readImportFile(csv: string): CandidateRow[] {
  if (csv.length > MAX_CHARACTERS)
    throw new CsvInvalidException({ ko: '파일이 너무 큽니다 (3MB까지).', en: 'The file is too large (3 MB at most).' });
  let records;
  try {
    records = parseCsv(csv);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new CsvInvalidException(
      { ko: `CSV 형식이 올바르지 않습니다 (${error.line}번째 줄: ${error.messages.ko}).`, en: `The CSV is malformed: ${error.message}.` },
      error.line,
    );
  }
  if (records.length === 0) throw new CsvInvalidException({ ko: '파일이 비여 있습니다.', en: 'The file is empty.' });
  const header = records[0].cells.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new CsvInvalidException(
      { ko: `첫 줄에 필요한 렬이 없습니다: ${missing.join(', ')}`, en: `The header row lacks required columns: ${missing.join(', ')}` },
      1,
    );
  }
  const rows = records.slice(1);
  if (rows.length === 0) throw new CsvInvalidException({ ko: '가져올 줄이 없습니다.', en: 'The file has no rows to import.' });
  if (rows.length > MAX_ROWS)
    throw new CsvInvalidException({ ko: `한번에 ${MAX_ROWS}줄까지 가져올수 있습니다.`, en: `At most ${MAX_ROWS} rows per import.` });
  const index = (c: Column) => header.indexOf(c);
  return rows.map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(
      [...REQUIRED_COLUMNS, ...LICENCE_COLUMNS, ACCOUNT_COLUMN as Column].map((c) => [
        c,
        index(c) >= 0 ? (cells[index(c)] ?? '').trim() : '',
      ]),
    ) as Record<Column, string>,
  }));
}

/** What the database knows about the values of the file, looked up once for all rows. */
export interface ImportLookups {
  facilities: Map<string, { id: string; name: string; path: string }>;
  inScope: (regionPath: string) => boolean;
  /** Registration numbers already in use, with the region path of the worker's current facility. */
  registeredNumbers: Map<string, string>;
  usedLicenceNumbers: Set<string>;
  licenceTypes: Map<string, { cadre: string }>;
  today: string;
}

/** Checks every row against the file's other rows and the database; returns the rows with their problems. */
export function validateRows(rows: CandidateRow[], lookups: ImportLookups): WorkerImportRow[] {
  const firstLineOf = { registration: new Map<string, number>(), licence: new Map<string, number>() };
  return rows.map(({ line, values }) => {
    const problems: WorkerImportProblem[] = [];
    const add = (field: Column, code: string, ko: string, en: string) => problems.push({ line, field, code, messageKo: ko, messageEn: en });
    const required = (field: Column) => {
      if (values[field]) return true;
      add(field, 'MISSING_VALUE', `${COLUMN_KO[field]}(${field})을(를) 적어야 합니다.`, `${field} is required.`);
      return false;
    };

    const number = values.registration_number;
    if (required('registration_number')) {
      const first = firstLineOf.registration.get(number);
      if (number.length < 3 || number.length > 40)
        add('registration_number', 'INVALID_VALUE', '등록번호는 3~40자입니다.', 'registration_number must be 3-40 characters.');
      else if (first !== undefined)
        add(
          'registration_number',
          'DUPLICATE_IN_FILE',
          `등록번호 ${number}이(가) ${first}번째 줄에도 있습니다.`,
          `Registration number ${number} also appears on line ${first}.`,
        );
      else if (lookups.registeredNumbers.has(number)) addRegistered(number, lookups.inScope(lookups.registeredNumbers.get(number)!), add);
      if (first === undefined) firstLineOf.registration.set(number, line);
    }
    if (required('name') && values.name.length > 100)
      add('name', 'TOO_LONG', '이름은 100자를 넘을수 없습니다.', 'name is longer than 100 characters.');

    const cadre = values.cadre ? cadreOf(values.cadre) : undefined;
    if (required('cadre') && !cadre) {
      add(
        'cadre',
        'UNKNOWN_CADRE',
        `직종 ${values.cadre}을(를) 알수 없습니다. 쓸수 있는 값: ${Object.values(Cadre).join(', ')}`,
        `Unknown cadre ${values.cadre}; use one of ${Object.values(Cadre).join(', ')}.`,
      );
    }

    const facility = lookups.facilities.get(values.facility_code);
    if (required('facility_code')) {
      if (!facility)
        add(
          'facility_code',
          'UNKNOWN_FACILITY',
          `병원 코드 ${values.facility_code}을(를) 찾을수 없습니다.`,
          `No facility has the code ${values.facility_code}.`,
        );
      else if (!lookups.inScope(facility.path))
        add(
          'facility_code',
          'FACILITY_OUT_OF_REGION',
          `병원 ${values.facility_code}은(는) 담당지역 밖에 있습니다.`,
          `Facility ${values.facility_code} is outside your region.`,
        );
    }

    if (!ACCOUNT_YES.has(values.account.toLowerCase()) && !ACCOUNT_NO.has(values.account.toLowerCase())) {
      add(
        'account',
        'INVALID_VALUE',
        `계정 ${values.account}: 예/아니 (yes/no, 1/0)로 적습니다.`,
        `account ${values.account}: use yes/no (true/false, 1/0, 예/아니).`,
      );
    }
    if (LICENCE_COLUMNS.some((c) => values[c])) validateLicence(values, cadre, lookups, firstLineOf.licence, line, required, add);

    return {
      line,
      registrationNumber: number,
      name: values.name,
      cadre: cadre ?? values.cadre,
      facilityCode: values.facility_code,
      facilityName: facility && lookups.inScope(facility.path) ? facility.name : null,
      licenceType: values.licence_type || null,
      licenceNumber: values.licence_number || null,
      licenceIssuedOn: values.licence_issued_on || null,
      account: wantsAccount(values),
      problems,
    };
  });
}

function validateLicence(
  values: Record<Column, string>,
  cadre: Cadre | undefined,
  lookups: ImportLookups,
  firstLine: Map<string, number>,
  line: number,
  required: (field: Column) => boolean,
  add: (field: Column, code: string, ko: string, en: string) => void,
) {
  if (required('licence_type')) {
    const type = lookups.licenceTypes.get(values.licence_type);
    if (!type)
      add(
        'licence_type',
        'UNKNOWN_LICENCE_TYPE',
        `면허 종류 ${values.licence_type}을(를) 알수 없습니다. 쓸수 있는 값: ${[...lookups.licenceTypes.keys()].join(', ')}`,
        `Unknown licence type ${values.licence_type}; use one of ${[...lookups.licenceTypes.keys()].join(', ')}.`,
      );
    else if (cadre && type.cadre !== cadre)
      add(
        'licence_type',
        'LICENCE_TYPE_MISMATCH',
        `면허 종류 ${values.licence_type}은(는) 이 직종(${cadre})의 면허가 아닙니다.`,
        `Licence type ${values.licence_type} is not for the cadre ${cadre}.`,
      );
  }
  const number = values.licence_number;
  if (required('licence_number')) {
    const first = firstLine.get(number);
    if (!/^[A-Z0-9-]{4,32}$/.test(number))
      add(
        'licence_number',
        'INVALID_VALUE',
        '면허번호는 대문자, 수자, 줄표(-)로 된 4~32자입니다.',
        'licence_number: 4-32 capital letters, digits or dashes.',
      );
    else if (first !== undefined)
      add(
        'licence_number',
        'DUPLICATE_IN_FILE',
        `면허번호 ${number}이(가) ${first}번째 줄에도 있습니다.`,
        `Licence number ${number} also appears on line ${first}.`,
      );
    else if (lookups.usedLicenceNumbers.has(number))
      add(
        'licence_number',
        'LICENCE_NUMBER_TAKEN',
        `면허번호 ${number}은(는) 이미 쓰이고 있습니다.`,
        `Licence number ${number} is already used.`,
      );
    if (first === undefined) firstLine.set(number, line);
  }
  const issuedOn = values.licence_issued_on;
  if (required('licence_issued_on')) {
    if (!isCalendarDate(issuedOn))
      add(
        'licence_issued_on',
        'BAD_DATE',
        `면허 발급일 ${issuedOn}은(는) YYYY-MM-DD 형식의 날이 아닙니다.`,
        `licence_issued_on ${issuedOn} is not a date (YYYY-MM-DD).`,
      );
    else if (issuedOn > lookups.today)
      add(
        'licence_issued_on',
        'BAD_DATE',
        `면허 발급일 ${issuedOn}이(가) 오늘보다 뒤입니다.`,
        `licence_issued_on ${issuedOn} is in the future.`,
      );
  }
}

/**
 * A number of a worker the registrar can see is ALREADY_REGISTERED; one held outside their region is refused
 * just as firmly, with a neutral code that does not reveal that the worker exists elsewhere.
 */
function addRegistered(number: string, visible: boolean, add: (field: Column, code: string, ko: string, en: string) => void) {
  if (visible)
    add(
      'registration_number',
      'ALREADY_REGISTERED',
      `등록번호 ${number}은(는) 이미 등록되여 있습니다.`,
      `Registration number ${number} is already registered.`,
    );
  else
    add(
      'registration_number',
      'REGISTRATION_NUMBER_UNAVAILABLE',
      `등록번호 ${number}은(는) 쓸수 없습니다. 번호를 확인하십시오.`,
      `Registration number ${number} cannot be used. Check the number.`,
    );
}
