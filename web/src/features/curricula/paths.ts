export const coursePath = (id: string) => `/courses/${encodeURIComponent(id)}`;
export const lessonPath = (id: string) => `/lessons/${encodeURIComponent(id)}`;
