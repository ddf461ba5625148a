import { useQuery } from '@apollo/client/react';
import { TextbookReaderDocument } from './reader.generated';
import { TextbookDocument } from './textbook.generated';
import { TextbooksDocument } from './textbooks.generated';

export function useTextbooks() {
  return useQuery(TextbooksDocument);
}

export function useTextbook(id: string) {
  return useQuery(TextbookDocument, { variables: { id } });
}

export function useTextbookReader(id: string) {
  return useQuery(TextbookReaderDocument, { variables: { id } });
}
