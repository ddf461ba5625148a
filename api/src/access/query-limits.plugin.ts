import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type DocumentNode, type GraphQLSchema, Kind, visit } from 'graphql';
import type { Actor } from './actor';
import { type Measured, QUERY_LIMITS, audienceOf, exceeded, measureOperation } from './query-limits';
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
          const over = exceeded(measured(schema, document, operationName, request.variables ?? {}), QUERY_LIMITS[audienceOf(req?.actor)]);
          if (over.length) throw new QueryTooComplexException(over);
        },
      };
    },
  };
}

// Apollo keeps one parsed document per query text, so what depends on the document alone is worked out once per
// document (and per variables, which set list sizes): the web app sends the same few documents all day.
const checkedDocuments = new WeakSet<DocumentNode>();
const measures = new WeakMap<DocumentNode, Map<string, Measured>>();
const MEASURES_PER_DOCUMENT = 200;
const MAX_CACHED_VARIABLES = 2000;

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
) {
  const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
  if (key.length > MAX_CACHED_VARIABLES) return measureOperation(schema, document, operationName, variables);
  let known = measures.get(document);
  if (!known) measures.set(document, (known = new Map()));
  let found = known.get(key);
  if (!found) {
    found = measureOperation(schema, document, operationName, variables);
    if (known.size >= MEASURES_PER_DOCUMENT) known.delete(known.keys().next().value!);
    known.set(key, found);
  }
  return found;
}

function checkTexts(document: DocumentNode, variables: Record<string, unknown>) {
  if (!checkedDocuments.has(document)) {
    visit(document, { [Kind.STRING]: (node: { value: string }) => checkText(node.value) });
    checkedDocuments.add(document);
  }
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
