import { gql, type TypedDocumentNode } from '@apollo/client';
import type { QuestionType } from '../quizzes/quiz.graphql';

export interface SavedContentVersion {
  id: string;
  version: string;
  title: string;
  titleEn: string;
}

export interface SavedCourseVersions {
  courseId: string;
  lessons: SavedContentVersion[];
  quizzes: SavedContentVersion[];
  textbooks: SavedContentVersion[];
}

/** What saving a course stores, and the versions a saved copy is compared with on the next connection. */
export const SAVED_CONTENT_VERSIONS: TypedDocumentNode<{ savedContentVersions: SavedCourseVersions[] }, { courseIds: string[] }> = gql`
  query SavedContentVersions($courseIds: [ID!]!) {
    savedContentVersions(courseIds: $courseIds) {
      courseId
      lessons {
        id
        version
        title
        titleEn
      }
      quizzes {
        id
        version
        title
        titleEn
      }
      textbooks {
        id
        version
        title
        titleEn
      }
    }
  }
`;

export interface SavedQuizItem {
  id: string;
  type: QuestionType;
  stem: string;
  caseText: string | null;
  options: { id: string; text: string }[];
}

export interface SavedQuiz {
  id: string;
  title: string;
  titleEn: string;
  passMark: number;
  itemCount: number;
  lesson: { id: string; title: string; titleEn: string; course: { id: string; title: string; titleEn: string } };
  /** The questions without the answer key, which never reaches the browser. */
  offlineItems: SavedQuizItem[];
}

export const SAVED_QUIZ: TypedDocumentNode<{ quiz: SavedQuiz }, { id: string }> = gql`
  query SavedQuiz($id: ID!) {
    quiz(id: $id) {
      id
      title
      titleEn
      passMark
      itemCount
      lesson {
        id
        title
        titleEn
        course {
          id
          title
          titleEn
        }
      }
      offlineItems {
        id
        type
        stem
        caseText
        options {
          id
          text
        }
      }
    }
  }
`;
