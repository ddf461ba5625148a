import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CareLevel, Topic } from './enums';

export interface CourseSummary {
  id: string;
  title: string;
  titleEn: string;
  topic: Topic;
  careLevel: CareLevel;
  creditHours: number;
  lessonCount: number;
}

export interface CurriculumWithCourses {
  id: string;
  title: string;
  titleEn: string;
  summary: string | null;
  summaryEn: string | null;
  courses: CourseSummary[];
}

export interface CurriculaQuery {
  curricula: CurriculumWithCourses[];
}

export const CURRICULA: TypedDocumentNode<CurriculaQuery, Record<string, never>> = gql`
  query Curricula {
    curricula {
      id
      title
      titleEn
      summary
      summaryEn
      courses {
        id
        title
        titleEn
        topic
        careLevel
        creditHours
        lessonCount
      }
    }
  }
`;
