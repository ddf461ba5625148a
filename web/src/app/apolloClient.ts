import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldMergeFunction } from '@apollo/client';
import { offlineLink } from '../features/offline/offlineLink';

/** The API never takes back a lesson's first opening or its completion: a later null must not erase one. */
const keepOnceSet: FieldMergeFunction<string | null> = (existing, incoming) => incoming ?? existing ?? null;

/**
 * - A search hit has the id of the lesson or section it points to, but its snippet depends on the query: hits
 *   are kept inside each search result instead of being merged across searches by id.
 * - An attempt's items and options carry the ids of the quiz's items and options (options of true/false items
 *   are all "true" and "false"), while what was chosen and their order belong to one attempt: they stay inside
 *   their attempt.
 * - A lesson's progress is identified by its lesson, so `recordProgress` answers update the lesson pages'
 *   progress; `openedAt` and `completedAt` survive an answer that was computed before a completion was sent.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      SearchHit: { keyFields: false },
      AttemptItem: { keyFields: false },
      AttemptOption: { keyFields: false },
      LessonProgress: {
        keyFields: ['lessonId'],
        fields: { openedAt: { merge: keepOnceSet }, completedAt: { merge: keepOnceSet } },
      },
    },
  });
}

// The session lives in an httpOnly cookie set by the API, so the browser sends it and no token is kept in JS.
// Without the server, queries for content the trainee saved are answered from the saved copy.
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([offlineLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
  });
}
