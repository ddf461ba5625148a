import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryTimeoutException } from './request.exception';

const logger = new Logger('GraphQL');

const REQUEST_ERRORS: Record<string, { ko: string; en: string }> = {
  GRAPHQL_PARSE_FAILED: { ko: '요청을 해석할 수 없습니다', en: 'The request could not be parsed' },
  GRAPHQL_VALIDATION_FAILED: { ko: '요청이 스키마에 맞지 않습니다', en: 'The request does not match the schema' },
  BAD_USER_INPUT: { ko: '입력이 올바르지 않습니다', en: 'Invalid input' },
  PERSISTED_QUERY_NOT_SUPPORTED: { ko: '지원하지 않는 요청입니다', en: 'Unsupported request' },
  OPERATION_RESOLUTION_FAILURE: { ko: '실행할 연산을 찾을 수 없습니다', en: 'No operation to run' },
  BAD_REQUEST: { ko: '요청이 올바르지 않습니다', en: 'Bad request' },
};

/**
 * Shapes every error the API returns: domain errors pass through; request errors get a Korean message;
 * anything unexpected becomes a generic INTERNAL_SERVER_ERROR (logged, never leaked).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const ext = formatted.extensions ?? {};
    const keep = (extensions: Record<string, unknown>) => ({
      message: `${extensions.messageKo} / ${extensions.messageEn}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: production ? extensions : { ...extensions, stacktrace: ext.stacktrace },
    });
    if (typeof ext.messageKo === 'string') return { ...formatted, extensions: production ? { ...ext, stacktrace: undefined } : ext };

    const original = unwrapResolverError(error);
    if (original instanceof HttpException && original.getStatus() === 400) {
      const response = original.getResponse() as { message?: string | string[] };
      const problems = ([] as string[]).concat(response.message ?? original.message);
      return keep({
        code: 'BAD_USER_INPUT',
        messageKo: `입력이 올바르지 않습니다: ${problems.join('; ')}`,
        messageEn: `Invalid input: ${problems.join('; ')}`,
        problems,
      });
    }
    const database = databaseError(original);
    if (database) return keep(database);
    const code = String(ext.code ?? '');
    const known = REQUEST_ERRORS[code];
    if (known) {
      return keep({ code, messageKo: `${known.ko}: ${formatted.message}`, messageEn: `${known.en}: ${formatted.message}` });
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return keep({
      code: 'INTERNAL_SERVER_ERROR',
      messageKo: '서버에서 오류가 발생했습니다. 잠시 후 다시 시도하십시오.',
      messageEn: 'Something went wrong on the server. Please try again shortly.',
    });
  };
}

/**
 * A statement cancelled by `statement_timeout` (57014) is QUERY_TIMEOUT; a value PostgreSQL refused (class 22,
 * "data exception": a malformed uuid or date, a NUL byte) is the caller's BAD_USER_INPUT. Inputs are checked
 * at the GraphQL boundary, so the second is a safety net: it is logged as a warning to find the gap.
 */
function databaseError(error: unknown): Record<string, unknown> | undefined {
  const sqlState = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  if (typeof sqlState !== 'string') return undefined;
  if (sqlState === '57014') return new QueryTimeoutException().extensions;
  if (!sqlState.startsWith('22')) return undefined;
  logger.warn(`input refused by the database (${sqlState}): ${(error as Error).message}`);
  return { code: 'BAD_USER_INPUT', messageKo: '입력값이 올바르지 않습니다.', messageEn: 'An input value is not valid.' };
}
