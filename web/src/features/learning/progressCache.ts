import type { ApolloCache } from '@apollo/client';
import { LessonProgressFieldsFragmentDoc } from './progress.generated';
import type { LessonProgress } from './model';

/** Points the lesson's `myProgress` at its progress in the cache, e.g. one the lesson did not have yet. */
export function linkLessonProgress(cache: ApolloCache, lessonId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Lesson', id: lessonId }),
    fields: {
      myProgress: (_existing, { toReference }) => toReference({ __typename: 'LessonProgress', lessonId }),
    },
  });
}

/**
 * Shows a lesson completed at once, before (and whether or not) the server has heard of it; the cache keeps a
 * completion even when a later answer was computed without it (see `createCache`).
 */
export function showLessonCompleted(cache: ApolloCache, lessonId: string, progress: LessonProgress | null, completedAt: string): void {
  const data: LessonProgress = {
    __typename: 'LessonProgress',
    lessonId,
    openedAt: completedAt,
    position: null,
    percentRead: 0,
    timeSpentSeconds: 0,
    ...progress,
    completedAt,
  };
  cache.writeFragment({
    id: cache.identify({ __typename: 'LessonProgress', lessonId }),
    fragment: LessonProgressFieldsFragmentDoc,
    data,
  });
  linkLessonProgress(cache, lessonId);
}
