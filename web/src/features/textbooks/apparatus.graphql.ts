import { gql, type TypedDocumentNode } from '@apollo/client';

export interface IndexEntry {
  term: string;
  sections: { id: string; title: string }[];
}

export interface AnnexEntry {
  north: string;
  south: string;
  english: string | null;
  inn: string | null;
  proposed: boolean;
}

export interface TextbookIndexQuery {
  textbook: { id: string; title: string; titleEn: string; index: IndexEntry[]; glossaryAnnex: AnnexEntry[] };
}

/** The book's index and glossary annex, as printed at the end of its PDF. */
export const TEXTBOOK_INDEX: TypedDocumentNode<TextbookIndexQuery, { id: string }> = gql`
  query TextbookIndex($id: ID!) {
    textbook(id: $id) {
      id
      title
      titleEn
      index {
        term
        sections {
          id
          title
        }
      }
      glossaryAnnex {
        north
        south
        english
        inn
        proposed
      }
    }
  }
`;

export interface SelfAssessmentQuestion {
  id: string;
  case: string | null;
  stem: string;
  options: string[];
  answer: string;
  explanation: string;
}

export interface SelfAssessmentQuery {
  textbook: { id: string; chapters: { id: string; selfAssessment: SelfAssessmentQuestion[] }[] };
}

/** Asked only where a chapter ends, so the reader's own query (and what it saves offline) stays as it was. */
export const SELF_ASSESSMENT: TypedDocumentNode<SelfAssessmentQuery, { id: string }> = gql`
  query TextbookSelfAssessment($id: ID!) {
    textbook(id: $id) {
      id
      chapters {
        id
        selfAssessment {
          id
          case
          stem
          options
          answer
          explanation
        }
      }
    }
  }
`;
