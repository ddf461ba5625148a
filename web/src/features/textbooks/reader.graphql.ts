import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Block } from '@dari/markdown';
import type { LessonLink } from '../curricula/course.graphql';
import type { Reference } from '../curricula/lesson.graphql';
import { TEXTBOOK_CONTENTS_FIELDS, type TextbookChapter, type TextbookSectionLink } from './textbook.graphql';

export interface ReaderSection extends TextbookSectionLink {
  bodyTree: Block[];
  version: number;
  reviewBy: string | null;
  references: Reference[];
  /** Set when the section is also an online lesson. */
  lesson: LessonLink | null;
}

export interface ReaderTextbook {
  id: string;
  title: string;
  titleEn: string;
  pdfPath: string;
  chapters: TextbookChapter<ReaderSection>[];
}

export interface TextbookReaderQuery {
  textbook: ReaderTextbook;
}

export interface TextbookReaderVariables {
  id: string;
}

/**
 * The API has no query for a single section, so the reader loads every section's body once; moving to the
 * previous or next section is then answered from the cache, without a round trip.
 */
export const TEXTBOOK_READER: TypedDocumentNode<TextbookReaderQuery, TextbookReaderVariables> = gql`
  query TextbookReader($id: ID!) {
    textbook(id: $id) {
      id
      title
      titleEn
      pdfPath
      ...TextbookContentsFields
      chapters {
        id
        sections {
          id
          bodyTree
          version
          reviewBy
          references {
            title
            publisher
            year
            url
          }
          lesson {
            id
            title
            titleEn
          }
        }
      }
    }
  }
  ${TEXTBOOK_CONTENTS_FIELDS}
`;
