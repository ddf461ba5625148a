import type { CurrentUser } from './model';

/**
 * Permission names of the API (api/src/access/permission.ts). Which role holds which is the API's table alone:
 * the web reads the signed-in user's from `me { permissions }` and never maps roles itself.
 */
export type PermissionName =
  | 'curricula:read'
  | 'textbooks:read'
  | 'organisations:read'
  | 'users:manage'
  | 'users:read'
  | 'users:accounts'
  | 'learning:record'
  | 'learning:reports:read'
  | 'licences:own:read'
  | 'licences:read'
  | 'licences:manage'
  | 'glossary:read'
  | 'glossary:work'
  | 'glossary:propose'
  | 'glossary:decide'
  | 'glossary:import'
  | 'revisions:read'
  | 'revisions:write'
  | 'review:decide'
  | 'content:publish'
  | 'skills:assess'
  | 'content:packages:export'
  | 'content:packages:import';

export type PermissionHolder = Pick<CurrentUser, 'permissions'>;

/** Whether some role of the user holds the permission (somewhere): the API still decides each request. */
export const hasPermission = (user: PermissionHolder, permission: PermissionName) => user.permissions.includes(permission);

// First match wins: an admin (who also reads licences and reviews) lands on users. Trainees land on their home.
const LANDINGS: [PermissionName, string][] = [
  ['users:manage', '/users'],
  ['licences:read', '/registry'],
  ['skills:assess', '/skills/assess'],
  ['review:decide', '/reviews'],
  ['revisions:write', '/reviews'],
];

/** Where a user lands after signing in (`/`): admins on users, registrars on the registry, supervisors on assessments, reviewers and authors on their queue. */
export function landingPath(user: PermissionHolder): string | null {
  return LANDINGS.find(([permission]) => hasPermission(user, permission))?.[1] ?? null;
}

/** The trainee's view, reachable by everyone from the navigation. */
export const LEARN_PATH = '/learn';
