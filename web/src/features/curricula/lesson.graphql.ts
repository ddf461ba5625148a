import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Block } from '@dari/markdown';
import type { LessonLink } from './course.graphql';
import type { CareLevel, Topic } from './enums';

export interface Reference {
  title: string;
  publisher: string | null;
  year: number | null;
  url: string | null;
}

export interface LessonDetail {
  id: string;
  title: string;
  titleEn: string;
  summary: string | null;
  summaryEn: string;
  /** The body as parsed on the server (readers never load the Markdown parser). */
  bodyTree: Block[];
  objectives: string[];
  references: Reference[];
  reviewBy: string | null;
  creditHours: number;
  topic: Topic;
  careLevel: CareLevel;
  course: { id: string; title: string; titleEn: string };
  module: { id: string; title: string; titleEn: string };
  previousLesson: LessonLink | null;
  nextLesson: LessonLink | null;
}

export interface LessonQuery {
  lesson: LessonDetail;
}

export interface LessonVariables {
  id: string;
}

export const LESSON: TypedDocumentNode<LessonQuery, LessonVariables> = gql`
  query Lesson($id: ID!) {
    lesson(id: $id) {
      id
      title
      titleEn
      summary
      summaryEn
      bodyTree
      objectives
      references {
        title
        publisher
        year
        url
      }
      reviewBy
      creditHours
      topic
      careLevel
      course {
        id
        title
        titleEn
      }
      module {
        id
        title
        titleEn
      }
      previousLesson {
        id
        title
        titleEn
      }
      nextLesson {
        id
        title
        titleEn
      }
    }
  }
`;
