import type { Block } from '@dari/markdown';
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cadre, CareLevel, Topic } from '../curricula/enums';

export interface TextbookSectionLink {
  id: string;
  position: number;
  title: string;
  titleEn: string;
}

/** A chapter with its sections; the reader's query selects more of each section than the cover's. */
export interface TextbookChapter<Section extends TextbookSectionLink = TextbookSectionLink> {
  id: string;
  position: number;
  title: string;
  titleEn: string;
  sections: Section[];
}

/** The table of contents, shared by the cover and the reader so both read the same cached chapters. */
export const TEXTBOOK_CONTENTS_FIELDS = gql`
  fragment TextbookContentsFields on Textbook {
    chapters {
      id
      position
      title
      titleEn
      sections {
        id
        position
        title
        titleEn
      }
    }
  }
`;

export interface TextbookCover {
  id: string;
  title: string;
  titleEn: string;
  summary: string | null;
  summaryEn: string | null;
  topic: Topic;
  careLevel: CareLevel;
  cadres: Cadre[];
  edition: number;
  prefaceTree: Block[];
  updatedAt: string;
  sectionCount: number;
  pdfPath: string;
  chapters: TextbookChapter[];
}

export interface TextbookQuery {
  textbook: TextbookCover;
}

export interface TextbookVariables {
  id: string;
}

export const TEXTBOOK: TypedDocumentNode<TextbookQuery, TextbookVariables> = gql`
  query Textbook($id: ID!) {
    textbook(id: $id) {
      id
      title
      titleEn
      summary
      summaryEn
      topic
      careLevel
      cadres
      edition
      prefaceTree
      updatedAt
      sectionCount
      pdfPath
      ...TextbookContentsFields
    }
  }
  ${TEXTBOOK_CONTENTS_FIELDS}
`;
