import { useQuery } from '@apollo/client/react';
import { SEARCH } from './search.graphql';

export const SEARCH_RESULTS_SHOWN = 20;

export function useSearch(query: string) {
  return useQuery(SEARCH, { variables: { query, first: SEARCH_RESULTS_SHOWN } });
}
