import { useQuery } from '@apollo/client/react';
import { TEXTBOOK_READER } from './reader.graphql';
import { TEXTBOOK } from './textbook.graphql';
import { TEXTBOOKS } from './textbooks.graphql';

export function useTextbooks() {
  return useQuery(TEXTBOOKS);
}

export function useTextbook(id: string) {
  return useQuery(TEXTBOOK, { variables: { id } });
}

export function useTextbookReader(id: string) {
  return useQuery(TEXTBOOK_READER, { variables: { id } });
}
