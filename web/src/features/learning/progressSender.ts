import type { ApolloClient } from '@apollo/client';
import { errorCode, errorExtensions } from '../../lib/graphqlError';
import { linkLessonProgress } from './progressCache';
import { RecordProgressDocument } from './progress.generated';
import type { ProgressEventInput } from './model';
import type { SendBatch } from './progressQueue';

interface Problem {
  index?: number;
  id?: string;
}

/** The events a refused batch names: the API lists every bad event by id and by index in the batch. */
function namedEvents(error: unknown, events: ProgressEventInput[]): string[] {
  const problems = errorExtensions(error)?.problems;
  if (!Array.isArray(problems)) return [];
  return (problems as Problem[])
    .map((problem) => problem.id ?? (problem.index === undefined ? undefined : events[problem.index]?.id))
    .filter((id): id is string => typeof id === 'string');
}

/**
 * Sends a batch with `recordProgress`. BAD_USER_INPUT means the API refused the whole batch because of the
 * events it names; FORBIDDEN means this user may not record learning at all (e.g. a reviewer reading a
 * lesson). Neither gets better by sending again, so those events are given up; anything else (offline, server
 * errors, an expired session) rejects and the events wait for the next try.
 */
export function progressSender(client: ApolloClient): SendBatch {
  return async (events) => {
    try {
      await client.mutate({
        mutation: RecordProgressDocument,
        variables: { events },
        // Lets a send started as the page is closed finish after it (where the browser supports it).
        context: { fetchOptions: { keepalive: true } },
        update(cache, { data }) {
          for (const lesson of data?.recordProgress.lessons ?? []) linkLessonProgress(cache, lesson.lessonId);
        },
      });
      return { kind: 'recorded' };
    } catch (error) {
      const code = errorCode(error);
      if (code === 'BAD_USER_INPUT') return { kind: 'refused', ids: namedEvents(error, events) };
      if (code === 'FORBIDDEN') return { kind: 'refused', ids: events.map((event) => event.id) };
      throw error;
    }
  };
}
