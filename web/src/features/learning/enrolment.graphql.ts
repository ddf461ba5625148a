import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LessonLink } from '../curricula/course.graphql';

export interface CourseProgress {
  lessonsTotal: number;
  lessonsCompleted: number;
  quizzesTotal: number;
  quizzesPassed: number;
  /** Lessons completed and quizzes passed, as a percent of all of them. */
  percent: number;
  /** The first lesson in reading order not yet completed. */
  nextLesson: LessonLink | null;
  completedAt: string | null;
}

export interface Enrolment {
  id: string;
  enrolledAt: string;
  completedAt: string | null;
  progress: CourseProgress;
}

export const ENROLMENT_FIELDS = gql`
  fragment EnrolmentFields on Enrolment {
    id
    enrolledAt
    completedAt
    progress {
      lessonsTotal
      lessonsCompleted
      quizzesTotal
      quizzesPassed
      percent
      completedAt
      nextLesson {
        id
        title
        titleEn
      }
    }
  }
`;

export interface MyEnrolment extends Enrolment {
  course: { id: string; title: string; titleEn: string; creditHours: number };
}

export interface MyLearningQuery {
  myEnrolments: MyEnrolment[];
  myCompletions: { completedAt: string; creditHours: number; course: { id: string } }[];
}

export interface MyLearningVariables {
  /** Completions counted from here (`startOfYear`), for trainees without a licence. */
  since: string;
}

export const MY_LEARNING: TypedDocumentNode<MyLearningQuery, MyLearningVariables> = gql`
  query MyLearning($since: DateTime!) {
    myEnrolments {
      ...EnrolmentFields
      course {
        id
        title
        titleEn
        creditHours
      }
    }
    myCompletions(since: $since) {
      completedAt
      creditHours
      course {
        id
      }
    }
  }
  ${ENROLMENT_FIELDS}
`;

export interface EnrolMutation {
  enrol: Enrolment & { course: { id: string; myEnrolment: { id: string } | null } };
}

export interface EnrolVariables {
  courseId: string;
}

// Selecting the course's `myEnrolment` again lets the cache link the new enrolment to its course.
export const ENROL: TypedDocumentNode<EnrolMutation, EnrolVariables> = gql`
  mutation Enrol($courseId: ID!) {
    enrol(courseId: $courseId) {
      ...EnrolmentFields
      course {
        id
        myEnrolment {
          id
        }
      }
    }
  }
  ${ENROLMENT_FIELDS}
`;

export interface LeaveCourseMutation {
  leaveCourse: { id: string; myEnrolment: { id: string } | null };
}

/** Selecting the course's `myEnrolment` again clears it from the cached course. */
export const LEAVE_COURSE: TypedDocumentNode<LeaveCourseMutation, { courseId: string }> = gql`
  mutation LeaveCourse($courseId: ID!) {
    leaveCourse(courseId: $courseId) {
      id
      myEnrolment {
        id
      }
    }
  }
`;
