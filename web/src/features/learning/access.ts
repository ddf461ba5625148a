import { hasPermission, type PermissionHolder } from '../auth/permissions';

/** Who records their own learning (progress, completion, quizzes): the API's `learning:record`, from `me`. */
export const canLearn = (user: PermissionHolder) => hasPermission(user, 'learning:record');
