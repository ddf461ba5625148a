import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainException } from './domain.exception';

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_ATTEMPTS: 429,
  PACKAGE_TOO_LARGE: 413,
  PACKAGE_REFUSED: 422,
};

/**
 * Domain errors are answers, not failures: GraphQL gets them as they are, without an error log line; plain
 * HTTP routes (PDF downloads) answer with the matching status and the same code and messages as JSON.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException, host: ArgumentsHost) {
    if (host.getType() !== 'http') return exception;
    const { code, messageKo, messageEn } = exception.extensions as Record<string, string>;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 400)
      .json({ code, messageKo, messageEn, message: exception.message });
  }
}
