import { useQuery } from '@apollo/client/react';
import { CourseDocument } from './course.generated';
import { CurriculaDocument } from './curricula.generated';
import { LessonDocument } from './lesson.generated';

export function useCurricula() {
  return useQuery(CurriculaDocument);
}

export function useCourse(id: string) {
  return useQuery(CourseDocument, { variables: { id } });
}

export function useLesson(id: string) {
  return useQuery(LessonDocument, { variables: { id } });
}
