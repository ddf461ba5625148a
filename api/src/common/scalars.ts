import { GraphQLLocalDate, GraphQLUUID } from 'graphql-scalars';

/**
 * Scalars that check their values at the GraphQL boundary, so a malformed id or date is refused as
 * BAD_USER_INPUT before a resolver runs (instead of failing in SQL). Use them in `@Args` and `@Field`:
 * `@Args('id', { type: () => UUID })`.
 */
/** An id of a row keyed by a generated UUID (workers, licences, regions, revisions, ...). */
export const UUID = GraphQLUUID;
/** A calendar date `YYYY-MM-DD` that exists (2026-02-31 is refused); the resolver receives the string. */
export const LocalDate = GraphQLLocalDate;
