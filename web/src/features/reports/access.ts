import type { Role } from '../auth/model';

/** Who sees the faculty's report; the API decides (FORBIDDEN), this only hides a link that would not work. */
export const canReadReports = (roles: readonly Role[]) => roles.includes('author') || roles.includes('admin');
