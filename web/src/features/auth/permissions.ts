import type { CurrentUser, Role } from './model';

/** Permission names the web app asks about; the API's table (`me { permissions }`) is the only source. */
export type PermissionName = 'users:read' | 'users:manage' | 'users:accounts' | 'licences:read' | 'learning:record' | 'skills:assess';

/** Whether some role of the user holds the permission (somewhere): the API still decides each request. */
export const hasPermission = (user: Pick<CurrentUser, 'permissions'>, permission: PermissionName) => user.permissions.includes(permission);

// First match wins: an admin who also reviews lands on users. Trainees (and anyone else) land on their home.
const LANDINGS: [Role, string][] = [
  ['admin', '/users'],
  ['registrar', '/registry'],
  ['supervisor', '/skills/assess'],
  ['reviewer', '/reviews'],
  ['author', '/reviews'],
];

/** Where a user lands after signing in (`/`): registrars on the registry, supervisors on assessments, reviewers and authors on their queue, admins on users. */
export function landingPath(roles: readonly Role[]): string | null {
  return LANDINGS.find(([role]) => roles.includes(role))?.[1] ?? null;
}

/** The trainee's view, reachable by everyone from the navigation. */
export const LEARN_PATH = '/learn';
