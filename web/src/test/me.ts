import type { CurrentUser, Role } from '../features/auth/model';
// What the API's `me { permissions }` returns for a user of each role (api/src/access/permission.spec.ts keeps
// it equal to the API's role table). Only tests use it: the app reads the permissions `me` returns.
import ROLE_PERMISSIONS from './role-permissions.json';

/** A `me` as the API returns it for a user of these roles (who need not change their password). */
export function meUser(id: string, roles: Role[], overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    __typename: 'User',
    id,
    username: id,
    displayName: id,
    locale: 'ko',
    roles,
    permissions: [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort(),
    mustChangePassword: false,
    ...overrides,
  };
}
