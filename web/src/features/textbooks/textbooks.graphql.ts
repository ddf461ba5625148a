import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CareLevel, Topic } from '../curricula/enums';

export interface TextbookSummary {
  id: string;
  title: string;
  titleEn: string;
  topic: Topic;
  careLevel: CareLevel;
  edition: number;
  sectionCount: number;
  updatedAt: string;
  pdfPath: string;
}

export interface TextbooksQuery {
  textbooks: TextbookSummary[];
}

export const TEXTBOOKS: TypedDocumentNode<TextbooksQuery, Record<string, never>> = gql`
  query Textbooks {
    textbooks {
      id
      title
      titleEn
      topic
      careLevel
      edition
      sectionCount
      updatedAt
      pdfPath
    }
  }
`;
