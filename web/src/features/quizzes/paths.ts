export const quizPath = (id: string) => `/quizzes/${encodeURIComponent(id)}`;
export const quizAttemptPath = (id: string) => `/quiz-attempts/${encodeURIComponent(id)}`;
