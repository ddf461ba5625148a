import { useQuery } from '@apollo/client/react';
import { COURSE } from './course.graphql';
import { CURRICULA } from './curricula.graphql';
import { LESSON } from './lesson.graphql';

export function useCurricula() {
  return useQuery(CURRICULA);
}

export function useCourse(id: string) {
  return useQuery(COURSE, { variables: { id } });
}

export function useLesson(id: string) {
  return useQuery(LESSON, { variables: { id } });
}
