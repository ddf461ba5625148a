import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cadre, CareLevel, Topic } from './enums';

export interface LessonLink {
  id: string;
  title: string;
  titleEn: string;
}

export interface CourseModule {
  id: string;
  title: string;
  titleEn: string;
  position: number;
  lessons: LessonLink[];
}

export interface CourseDetail {
  id: string;
  title: string;
  titleEn: string;
  summary: string | null;
  summaryEn: string | null;
  topic: Topic;
  careLevel: CareLevel;
  cadres: Cadre[];
  creditHours: number;
  lessonCount: number;
  curriculum: { id: string; title: string; titleEn: string };
  modules: CourseModule[];
}

export interface CourseQuery {
  course: CourseDetail;
}

export interface CourseVariables {
  id: string;
}

export const COURSE: TypedDocumentNode<CourseQuery, CourseVariables> = gql`
  query Course($id: ID!) {
    course(id: $id) {
      id
      title
      titleEn
      summary
      summaryEn
      topic
      careLevel
      cadres
      creditHours
      lessonCount
      curriculum {
        id
        title
        titleEn
      }
      modules {
        id
        title
        titleEn
        position
        lessons {
          id
          title
          titleEn
        }
      }
    }
  }
`;
