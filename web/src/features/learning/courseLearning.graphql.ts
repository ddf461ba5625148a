import { gql, type TypedDocumentNode } from '@apollo/client';
import { QUIZ_STATUS_FIELDS, type QuizStatus } from '../quizzes/quiz.graphql';
import { ENROLMENT_FIELDS, type Enrolment } from './enrolment.graphql';
import { LESSON_PROGRESS_FIELDS, type LessonProgress } from './progress.graphql';

export interface CourseQuiz {
  id: string;
  title: string;
  titleEn: string;
  passMark: number;
  lesson: { id: string };
  myStatus: QuizStatus;
}

export interface CourseLearning {
  id: string;
  myEnrolment: Enrolment | null;
  modules: { id: string; lessons: { id: string; myProgress: LessonProgress | null }[] }[];
  quizzes: CourseQuiz[];
}

export interface CourseLearningQuery {
  course: CourseLearning;
}

/** The signed-in trainee's side of a course, next to the course's content (`COURSE`). */
export const COURSE_LEARNING: TypedDocumentNode<CourseLearningQuery, { id: string }> = gql`
  query CourseLearning($id: ID!) {
    course(id: $id) {
      id
      myEnrolment {
        ...EnrolmentFields
      }
      modules {
        id
        lessons {
          id
          myProgress {
            ...LessonProgressFields
          }
        }
      }
      quizzes {
        id
        title
        titleEn
        passMark
        lesson {
          id
        }
        myStatus {
          ...QuizStatusFields
        }
      }
    }
  }
  ${ENROLMENT_FIELDS}
  ${LESSON_PROGRESS_FIELDS}
  ${QUIZ_STATUS_FIELDS}
`;
