import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CatalogueDocument } from './catalogue.generated';
import type { CatalogueFilter } from './model';
import { CourseLearningDocument } from './courseLearning.generated';
import { MyCreditCycleDocument } from './credits.generated';
import { startOfYear } from './credits';
import { EnrolDocument, LeaveCourseDocument, MyLearningDocument } from './enrolment.generated';
import { LessonLearningDocument } from './progress.generated';

// Progress changes with every lesson read and quiz taken: these pages show what is cached at once and then
// ask again. The lesson page keeps to the cache, which progress answers and completions keep current, so a
// lesson loaded once can be read on without a connection.

export function useMyLearning() {
  return useQuery(MyLearningDocument, { variables: { since: startOfYear() }, fetchPolicy: 'cache-and-network' });
}

export function useCreditCycle() {
  return useQuery(MyCreditCycleDocument, { fetchPolicy: 'cache-and-network' });
}

export function useCatalogue(filter: CatalogueFilter) {
  return useQuery(CatalogueDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
}

/** `skip` for users who do not learn (see `canLearn`): they have no progress to show. */
export function useCourseLearning(id: string, skip = false) {
  return useQuery(CourseLearningDocument, { variables: { id }, fetchPolicy: 'cache-and-network', skip });
}

export function useLessonLearning(id: string, skip = false) {
  return useQuery(LessonLearningDocument, { variables: { id }, skip });
}

/** A catalogue entry as the cache keeps it: the course and the enrolment are references. */
interface StoredCatalogueEntry {
  course: Reference;
  enrolment: Reference | null;
}

/**
 * Enrols in a course. The answer links the enrolment to its course (see `EnrolDocument`); catalogue entries already
 * cached get it too, and the trainee's list of enrolments is asked for again when next shown.
 */
export function useEnrol(courseId: string) {
  return useMutation(EnrolDocument, {
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
  return useMutation(LeaveCourseDocument, {
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
