import { gql, type TypedDocumentNode } from '@apollo/client';
import { QUIZ_STATUS_FIELDS, type QuizStatus } from '../quizzes/quiz.graphql';

export type ProgressEventType = 'opened' | 'position' | 'completed' | 'time';

/** One thing that happened while reading a lesson, as `recordProgress` takes it. */
export interface ProgressEventInput {
  /** A UUID made by the client: the server records each id once, however often it is sent. */
  id: string;
  lessonId: string;
  type: ProgressEventType;
  /** Client time, ISO. */
  occurredAt: string;
  /** `position`: scroll fraction 0..1 of the lesson body. */
  position?: number;
  /** `position`: the furthest percent read, 0..100. */
  percentRead?: number;
  /** `time`: seconds of active reading since the last time event, 1..3600. */
  seconds?: number;
}

export interface LessonProgress {
  lessonId: string;
  openedAt: string | null;
  position: number | null;
  percentRead: number;
  timeSpentSeconds: number;
  completedAt: string | null;
}

export const LESSON_PROGRESS_FIELDS = gql`
  fragment LessonProgressFields on LessonProgress {
    lessonId
    openedAt
    position
    percentRead
    timeSpentSeconds
    completedAt
  }
`;

export interface RecordProgressMutation {
  recordProgress: { accepted: number; duplicates: number; lessons: LessonProgress[] };
}

export const RECORD_PROGRESS: TypedDocumentNode<RecordProgressMutation, { events: ProgressEventInput[] }> = gql`
  mutation RecordProgress($events: [ProgressEventInput!]!) {
    recordProgress(events: $events) {
      accepted
      duplicates
      lessons {
        ...LessonProgressFields
      }
    }
  }
  ${LESSON_PROGRESS_FIELDS}
`;

export interface LessonQuizLink {
  id: string;
  title: string;
  titleEn: string;
  passMark: number;
  myStatus: QuizStatus;
}

export interface LessonLearningQuery {
  lesson: { id: string; myProgress: LessonProgress | null; quiz: LessonQuizLink | null };
}

/** The signed-in trainee's side of a lesson, next to the lesson's content (`LESSON`). */
export const LESSON_LEARNING: TypedDocumentNode<LessonLearningQuery, { id: string }> = gql`
  query LessonLearning($id: ID!) {
    lesson(id: $id) {
      id
      myProgress {
        ...LessonProgressFields
      }
      quiz {
        id
        title
        titleEn
        passMark
        myStatus {
          ...QuizStatusFields
        }
      }
    }
  }
  ${LESSON_PROGRESS_FIELDS}
  ${QUIZ_STATUS_FIELDS}
`;
