export const REVIEWS_PATH = '/reviews';
export const revisionEditPath = (id: string) => `/revisions/${encodeURIComponent(id)}/edit`;
export const reviewPath = (id: string) => `/review/${encodeURIComponent(id)}`;
export const lessonHistoryPath = (lessonId: string) => `/lessons/${encodeURIComponent(lessonId)}/history`;
