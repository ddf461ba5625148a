import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainException } from './domain.exception';

/** Domain errors are answers, not failures: hand them to GraphQL as they are, without an error log line. */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException) {
    return exception;
  }
}
