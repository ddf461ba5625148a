import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { RefreshedCourse } from './saveCourses';
import { removeCourse, savedCourses, type SavedCourse } from './savedStore';

export interface SavedContent {
  courses: SavedCourse[];
  /** Ids of courses being saved or removed just now. */
  busy: string[];
  /** Courses refreshed on this connection because the server published new versions. */
  refreshed: RefreshedCourse[];
  error: unknown;
  save(courseIds: string[]): Promise<void>;
  remove(courseId: string): Promise<void>;
  refresh(): Promise<void>;
}

const SavedContentContext = createContext<SavedContent | null>(null);

// Saving reads figures out of the Markdown, and the Markdown parser is ~35 KB gzipped: loaded when first
// needed (after the page shows), not with every page.
const saving = () => import('./saveCourses');

/**
 * The courses this learner saved for offline study. On start and whenever the browser comes back online the
 * saved copy is compared with the server's versions and what changed is saved again. Give it `key={userId}`.
 */
export function SavedContentProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useApolloClient();
  const [courses, setCourses] = useState<SavedCourse[]>([]);
  const [busy, setBusy] = useState<string[]>([]);
  const [refreshed, setRefreshed] = useState<RefreshedCourse[]>([]);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(() => savedCourses().then(setCourses), []);
  const run = useCallback(
    async (ids: string[], work: () => Promise<unknown>) => {
      setBusy((current) => [...current, ...ids]);
      setError(null);
      try {
        await work();
      } catch (cause) {
        setError(cause);
      } finally {
        setBusy((current) => current.filter((id) => !ids.includes(id)));
        await reload().catch(() => undefined);
      }
    },
    [reload],
  );
  const refresh = useCallback(async () => {
    if (!navigator.onLine) return;
    await run([], async () => {
      const changed = await (await saving()).refreshSaved(client);
      if (changed.length > 0) setRefreshed(changed);
    });
  }, [client, run]);

  useEffect(() => {
    const online = () => void refresh();
    // Someone else's copy is removed before anything of it can show (shared computers).
    void saving()
      .then(({ claimSaved }) => claimSaved(userId))
      .then(reload)
      .then(online)
      .catch(() => undefined);
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [userId, reload, refresh]);

  const value = useMemo<SavedContent>(
    () => ({
      courses,
      busy,
      refreshed,
      error,
      refresh,
      save: (courseIds) => run(courseIds, async () => (await saving()).saveCourses(client, userId, courseIds)),
      remove: (courseId) => run([courseId], () => removeCourse(courseId)),
    }),
    [courses, busy, refreshed, error, refresh, run, client, userId],
  );
  return <SavedContentContext value={value}>{children}</SavedContentContext>;
}

/** Null for users who do not learn (they save nothing). */
export function useSavedContent(): SavedContent | null {
  return use(SavedContentContext);
}
