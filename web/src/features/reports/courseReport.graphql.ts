import { gql, type TypedDocumentNode } from '@apollo/client';

export interface QuizResult {
  quiz: { id: string };
  attempts: number;
  bestScore: number | null;
  passed: boolean;
}

export interface TraineeProgress {
  userId: string;
  username: string;
  displayName: string;
  enrolledAt: string;
  lessonsCompleted: number;
  lessonsTotal: number;
  quizResults: QuizResult[];
  completedAt: string | null;
}

export interface ItemDifficulty {
  itemId: string;
  stem: string;
  quizTitle: string;
  answered: number;
  wrong: number;
  /** 0..1 */
  wrongRate: number;
}

export interface CourseReport {
  course: { id: string; title: string; titleEn: string; quizzes: { id: string; title: string; titleEn: string }[] };
  trainees: TraineeProgress[];
  difficultItems: ItemDifficulty[];
}

/** Faculty's view of a course (authors and admins; FORBIDDEN for everyone else). */
export const COURSE_REPORT: TypedDocumentNode<{ courseReport: CourseReport }, { courseId: string }> = gql`
  query CourseReport($courseId: ID!) {
    courseReport(courseId: $courseId) {
      course {
        id
        title
        titleEn
        quizzes {
          id
          title
          titleEn
        }
      }
      trainees {
        userId
        username
        displayName
        enrolledAt
        lessonsCompleted
        lessonsTotal
        completedAt
        quizResults {
          attempts
          bestScore
          passed
          quiz {
            id
          }
        }
      }
      difficultItems {
        itemId
        stem
        quizTitle
        answered
        wrong
        wrongRate
      }
    }
  }
`;
