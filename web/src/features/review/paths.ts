import type { ContentKind } from './model';

export const REVIEWS_PATH = '/reviews';
export const revisionEditPath = (id: string) => `/revisions/${encodeURIComponent(id)}/edit`;
export const reviewPath = (id: string) => `/review/${encodeURIComponent(id)}`;
export const lessonHistoryPath = (lessonId: string) => `/lessons/${encodeURIComponent(lessonId)}/history`;
/** The version history of any revisable text; lessons keep their own address. */
export const contentHistoryPath = (kind: ContentKind, contentId: string) =>
  kind === 'lesson' ? lessonHistoryPath(contentId) : `/history/${kind}/${encodeURIComponent(contentId)}`;
