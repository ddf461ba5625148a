import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { LEAVE_COURSE, MY_LICENSING } from './myLicensing.graphql';

/** The licence page and the home card: what is cached at once, then asked again (plans and credits change). */
export function useMyLicensing(skip = false) {
  return useQuery(MY_LICENSING, { fetchPolicy: 'cache-and-network', skip });
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
            (entries as readonly { course: Reference; enrolment: Reference | null }[]).map((entry) =>
              readField('id', entry.course) === courseId ? { ...entry, enrolment: null } : entry,
            ),
          myEnrolments: (_list, { DELETE }) => DELETE,
        },
      });
    },
  });
}
