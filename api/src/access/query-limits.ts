import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  validate,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Actor } from './actor';

/**
 * What one GraphQL operation may ask for, checked before it runs. The cost is one per field, with a list
 * field's selection (or a page's) counted `first`/`limit` times (or DEFAULT_LIST_SIZE times when it has no such argument),
 * so nesting lists multiplies: `lesson { course { modules { lessons { course ... } } } }` grows by 100 a level.
 */
export interface QueryLimits {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/** Who asks: anonymous callers reach only login and certificate checks; faculty and registrars read more. */
export type Audience = 'anonymous' | 'trainee' | 'staff';

export const QUERY_LIMITS: Record<Audience, QueryLimits> = {
  anonymous: { depth: 6, aliases: 5, rootFields: 5, cost: 300 },
  trainee: { depth: 10, aliases: 20, rootFields: 12, cost: 30_000 },
  staff: { depth: 12, aliases: 40, rootFields: 20, cost: 60_000 },
};

export const DEFAULT_LIST_SIZE = 10;
/** The largest list an argument may ask for when estimating (the services cap pages lower still). */
const MAX_LIST_SIZE = 1000;
/** A document whose fragments expand to more fields than this is refused outright, whatever each costs. */
const MAX_QUERY_NODES = 20_000;

export function audienceOf(actor: Actor | undefined): Audience {
  if (!actor) return 'anonymous';
  return actor.assignments.some((a) => a.role !== 'trainee') ? 'staff' : 'trainee';
}

/** A page of the one page shape (`common/paging`): `{ items, total, nextCursor }`. */
const isPage = (type: GraphQLNamedType) => isObjectType(type) && ['items', 'total', 'nextCursor'].every((name) => name in type.getFields());

const listSize = (args: Record<string, unknown>) => {
  const asked = Number(args.first ?? args.limit ?? DEFAULT_LIST_SIZE);
  return Number.isFinite(asked) ? Math.min(Math.max(asked, 1), MAX_LIST_SIZE) : DEFAULT_LIST_SIZE;
};

// A page's `items` count as a list of DEFAULT_LIST_SIZE (they have no size argument of their own), and the page
// scales that by its `first`: so a page costs about what the plain list it replaces cost.
const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isPage(getNamedType(field.type))) return 1 + Math.ceil((childComplexity * listSize(args)) / DEFAULT_LIST_SIZE);
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  return 1 + listSize(args) * childComplexity;
};

export interface Measured {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
}

/**
 * Depth, aliases, root fields and cost of the operations in a valid document (the largest of each when it
 * holds several). Fragments are expanded, so spreading one fragment many times costs what it expands to.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): Measured {
  const measured: Measured = { depth: 0, aliases: 0, rootFields: 0, cost: 0 };
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: Number.MAX_SAFE_INTEGER,
      flattenFragments: true,
      onAccept: [(_, { n }) => (measured.depth = Math.max(measured.depth, n))],
    }),
    maxAliasesRule({ n: Number.MAX_SAFE_INTEGER, onAccept: [(_, { n }) => (measured.aliases = Math.max(measured.aliases, n))] }),
  ];
  validate(schema, document, rules);
  measured.rootFields = Math.max(
    0,
    ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? countFields(document, d.selectionSet, new Set()) : 0)),
  );
  try {
    measured.cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [listAwareEstimator],
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    // Too many nodes to even count is too complex; invalid variables are refused (BAD_USER_INPUT) before execution.
    measured.cost = (error as Error).message.includes('maximum allowed number of nodes') ? Number.POSITIVE_INFINITY : 0;
  }
  return measured;
}

/** Fields selected directly in a selection set, through inline fragments and fragment spreads. */
function countFields(document: DocumentNode, set: SelectionSetNode, seen: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countFields(document, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        count += countFields(document, fragment.selectionSet, new Set([...seen, selection.name.value]));
    }
  }
  return count;
}

/** Each limit the measured operation goes over, as `[what, found, allowed]`. */
export function exceeded(measured: Measured, limits: QueryLimits): [keyof QueryLimits, number, number][] {
  return (Object.keys(limits) as (keyof QueryLimits)[])
    .filter((key) => measured[key] > limits[key])
    .map((key) => [key, measured[key], limits[key]]);
}
