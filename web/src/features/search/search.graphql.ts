import { gql, type TypedDocumentNode } from '@apollo/client';

export type SearchHitKind = 'lesson' | 'textbook_section';

/** A piece of a hit's snippet: plain text, `match` marking the words that matched the query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

interface TitledLink {
  id: string;
  title: string;
  titleEn: string;
}

export interface SearchHit {
  kind: SearchHitKind;
  /** The lesson's id, or the textbook section's. */
  id: string;
  title: string;
  titleEn: string;
  /** Set for textbook_section hits. */
  textbook: TitledLink | null;
  /** Set for lesson hits. */
  course: TitledLink | null;
  snippet: SnippetPart[];
}

export interface SearchQuery {
  search: { total: number; items: SearchHit[] };
}

export interface SearchVariables {
  query: string;
  first: number;
}

export const SEARCH: TypedDocumentNode<SearchQuery, SearchVariables> = gql`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      total
      items {
        kind
        id
        title
        titleEn
        textbook {
          id
          title
          titleEn
        }
        course {
          id
          title
          titleEn
        }
        snippet {
          text
          match
        }
      }
    }
  }
`;
