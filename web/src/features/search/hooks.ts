import { useQuery } from '@apollo/client/react';
import { SearchDocument } from './search.generated';

export const SEARCH_RESULTS_SHOWN = 20;

export function useSearch(query: string) {
  return useQuery(SearchDocument, { variables: { query, first: SEARCH_RESULTS_SHOWN } });
}
