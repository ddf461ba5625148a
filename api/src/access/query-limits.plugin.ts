import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DocumentNode, Kind, visit } from 'graphql';
import type { Actor } from './actor';
import { QUERY_LIMITS, audienceOf, exceeded, measureOperation } from './query-limits';
import type { DariRequest } from './request-context';
import { InvalidTextException, QueryTooComplexException } from '../common/request.exception';

// The plugin type the driver takes (typed through @nestjs/apollo, which may resolve its own @apollo/server copy).
type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** No text input may be longer (a worker import's CSV of 5,000 rows is the largest the app sends). */
export const MAX_TEXT_LENGTH = 1_000_000;

/**
 * Checks every operation after it is parsed and validated and before it runs: text inputs (no NUL, which
 * PostgreSQL cannot store, and no more than MAX_TEXT_LENGTH characters) and the cost limits of the caller's
 * audience. `identify` finds the caller from the request's session; it runs once per request (the auth guard
 * reuses `req.actor`).
 */
export function queryLimitsPlugin(identify: (req: DariRequest) => Promise<Actor | undefined>): Plugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request, schema, contextValue }) {
          checkTexts(document, request.variables ?? {});
          const req = (contextValue as { req?: DariRequest }).req;
          if (req && !req.actor) req.actor = await identify(req);
          const over = exceeded(
            measureOperation(schema, document, operationName, request.variables ?? {}),
            QUERY_LIMITS[audienceOf(req?.actor)],
          );
          if (over.length) throw new QueryTooComplexException(over);
        },
      };
    },
  };
}

function checkTexts(document: DocumentNode, variables: Record<string, unknown>) {
  visit(document, { [Kind.STRING]: (node: { value: string }) => checkText(node.value) });
  walk(variables);
}

function walk(value: unknown) {
  if (typeof value === 'string') checkText(value);
  else if (Array.isArray(value)) value.forEach(walk);
  else if (value && typeof value === 'object') Object.values(value).forEach(walk);
}

function checkText(text: string) {
  if (text.includes('\0')) throw new InvalidTextException('nul', MAX_TEXT_LENGTH);
  if (text.length > MAX_TEXT_LENGTH) throw new InvalidTextException('length', MAX_TEXT_LENGTH);
}
