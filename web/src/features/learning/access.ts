import type { Role } from '../auth/model';

/**
 * Who records their own learning (the API's `learning:record`): trainees, and faculty and administrators trying
 * a course. Reviewers and registrars read lessons without progress, completion or quizzes.
 */
export const canLearn = (roles: readonly Role[]) => roles.some((role) => role === 'trainee' || role === 'author' || role === 'admin');
