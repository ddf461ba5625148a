import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CATALOGUE, type CatalogueFilter } from './catalogue.graphql';
import { COURSE_LEARNING } from './courseLearning.graphql';
import { MY_CREDIT_CYCLE } from './credits.graphql';
import { startOfYear } from './credits';
import { ENROL, LEAVE_COURSE, MY_LEARNING } from './enrolment.graphql';
import { LESSON_LEARNING } from './progress.graphql';

// Progress changes with every lesson read and quiz taken: these pages show what is cached at once and then
// ask again. The lesson page keeps to the cache, which progress answers and completions keep current, so a
// lesson loaded once can be read on without a connection.

export function useMyLearning() {
  return useQuery(MY_LEARNING, { variables: { since: startOfYear() }, fetchPolicy: 'cache-and-network' });
}

export function useCreditCycle() {
  return useQuery(MY_CREDIT_CYCLE, { fetchPolicy: 'cache-and-network' });
}

export function useCatalogue(filter: CatalogueFilter) {
  return useQuery(CATALOGUE, { variables: { filter }, fetchPolicy: 'cache-and-network' });
}

/** `skip` for users who do not learn (see `canLearn`): they have no progress to show. */
export function useCourseLearning(id: string, skip = false) {
  return useQuery(COURSE_LEARNING, { variables: { id }, fetchPolicy: 'cache-and-network', skip });
}

export function useLessonLearning(id: string, skip = false) {
  return useQuery(LESSON_LEARNING, { variables: { id }, skip });
}

/** A catalogue entry as the cache keeps it: the course and the enrolment are references. */
interface StoredCatalogueEntry {
  course: Reference;
  enrolment: Reference | null;
}

/**
 * Enrols in a course. The answer links the enrolment to its course (see `ENROL`); catalogue entries already
 * cached get it too, and the trainee's list of enrolments is asked for again when next shown.
 */
export function useEnrol(courseId: string) {
  return useMutation(ENROL, {
    variables: { courseId },
    update(cache, { data }) {
      if (!data) return;
      const enrolment = { __typename: 'Enrolment', id: data.enrol.id };
      cache.modify({
        fields: {
          catalogue: (entries, { readField, toReference }) =>
            (entries as readonly StoredCatalogueEntry[]).map((entry) =>
              readField('id', entry.course) === courseId ? { ...entry, enrolment: toReference(enrolment) } : entry,
            ),
          myEnrolments: (_list, { DELETE }) => DELETE,
        },
      });
    },
  });
}

/**
 * Leaves a course. The answer clears the course's enrolment in the cache; cached catalogue entries drop it too,
 * and the trainee's list of enrolments is asked for again when next shown.
 */
export function useLeaveCourse(courseId: string) {
  return useMutation(LEAVE_COURSE, {
    variables: { courseId },
    update(cache) {
      cache.modify({
        fields: {
          catalogue: (entries, { readField }) =>
            (entries as readonly StoredCatalogueEntry[]).map((entry) =>
              readField('id', entry.course) === courseId ? { ...entry, enrolment: null } : entry,
            ),
          myEnrolments: (_list, { DELETE }) => DELETE,
        },
      });
    },
  });
}
