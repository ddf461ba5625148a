import { hasPermission, type PermissionHolder } from '../auth/permissions';

/** Who sees the faculty's report; the API decides (FORBIDDEN), this only hides a link that would not work. */
export const canReadReports = (user: PermissionHolder) => hasPermission(user, 'learning:reports:read');
