import { DomainException } from './domain.exception';

const LIMIT_NAMES: Record<string, { ko: string; en: string }> = {
  depth: { ko: '깊이', en: 'depth' },
  aliases: { ko: '별칭 수', en: 'aliases' },
  rootFields: { ko: '최상위 마당 수', en: 'root fields' },
  cost: { ko: '비용', en: 'cost' },
};

// `http.status` sets the response status; Apollo never sends the `http` extension to the client.
const BAD_REQUEST = { http: { status: 400 } };

/** The operation asks for more than the caller's budget allows; refused before anything runs. */
export class QueryTooComplexException extends DomainException {
  constructor(over: [string, number, number][]) {
    const ko = over.map(([key, found, max]) => `${LIMIT_NAMES[key].ko} ${found} > ${max}`).join(', ');
    const en = over.map(([key, found, max]) => `${LIMIT_NAMES[key].en} ${found} > ${max}`).join(', ');
    super(
      'QUERY_TOO_COMPLEX',
      {
        ko: `요청이 너무 복잡합니다 (${ko}). 더 작은 요청으로 나누십시오.`,
        en: `The request is too complex (${en}). Split it into smaller requests.`,
      },
      { limits: Object.fromEntries(over.map(([key, found, max]) => [key, { found, max }])), ...BAD_REQUEST },
    );
  }
}

/** A text value holds a NUL character or is longer than any input may be. */
export class InvalidTextException extends DomainException {
  constructor(problem: 'nul' | 'length', max: number) {
    super(
      'BAD_USER_INPUT',
      problem === 'nul'
        ? { ko: '입력에 허용되지 않는 글자(NUL)가 있습니다.', en: 'The input contains a character that is not allowed (NUL).' }
        : { ko: `입력 문자열이 너무 깁니다 (최대 ${max}자).`, en: `An input text is too long (at most ${max} characters).` },
      BAD_REQUEST,
    );
  }
}

/** The database cancelled a statement that ran past its time limit. */
export class QueryTimeoutException extends DomainException {
  constructor() {
    super('QUERY_TIMEOUT', {
      ko: '요청 처리 시간이 너무 길어 중단되었습니다. 범위를 좁혀 다시 시도하십시오.',
      en: 'The request took too long and was stopped. Narrow it down and try again.',
    });
  }
}
