import type { Role } from '../auth/model';

/** Who sees the registrar's workspace; the API decides (FORBIDDEN), this only hides links that would not work. */
export const canUseRegistry = (roles: readonly Role[]) => roles.includes('registrar') || roles.includes('admin');
