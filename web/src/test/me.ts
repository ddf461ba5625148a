import type { CurrentUser, Role } from '../features/auth/model';

// The part of the API's role table (api/src/access/permission.ts) the web app asks about.
const PERMISSIONS: Record<Role, string[]> = {
  trainee: ['learning:record'],
  author: ['learning:record'],
  reviewer: [],
  registrar: ['licences:read', 'users:read', 'users:accounts'],
  supervisor: ['skills:assess'],
  admin: ['learning:record', 'licences:read', 'users:read', 'users:accounts', 'users:manage', 'skills:assess'],
};

/** A `me` as the API returns it for a user of these roles (who need not change their password). */
export function meUser(id: string, roles: Role[], overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    __typename: 'User',
    id,
    username: id,
    displayName: id,
    locale: 'ko',
    roles,
    permissions: [...new Set(roles.flatMap((role) => PERMISSIONS[role]))],
    mustChangePassword: false,
    ...overrides,
  };
}
