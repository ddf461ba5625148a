import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { MeDocument } from '../auth/auth.generated';
import { isFaculty } from './access';
import type { ContentKind } from './model';

// The editing links and their GraphQL load only for faculty: a trainee's page never downloads them.
const ContentEditing = lazy(() => import('./ContentEditing').then((m) => ({ default: m.ContentEditing })));

/** `ContentEditing` beside published content, for faculty only (read from the cached signed-in user). */
export function ContentEditingForFaculty(props: { kind: ContentKind; contentId: string }) {
  const user = useQuery(MeDocument, { fetchPolicy: 'cache-only' }).data?.me ?? { permissions: [] };
  if (!isFaculty(user)) return null;
  return (
    <Suspense fallback={null}>
      <ContentEditing {...props} />
    </Suspense>
  );
}
