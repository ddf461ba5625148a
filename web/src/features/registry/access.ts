import { hasPermission, type PermissionHolder } from '../auth/permissions';

/** Who sees the registrar's workspace; the API decides (FORBIDDEN), this only hides links that would not work. */
export const canUseRegistry = (user: PermissionHolder) => hasPermission(user, 'licences:read');
