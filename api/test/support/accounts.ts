import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export const USER_FIELDS =
  'id username displayName cadre locale active mustChangePassword roles roleAssignments { role region { id code } } worker { id name }';
export const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
export const USERS = `query ($search: String, $role: Role, $regionId: UUID, $active: Boolean, $first: Int, $offset: Int) {
  users(search: $search, role: $role, regionId: $regionId, active: $active, first: $first, offset: $offset) { total items { id username active roles } } }`;
export const USER = `query ($id: UUID!) { user(id: $id) { ${USER_FIELDS} } }`;
export const UPDATE_USER = `mutation ($id: UUID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName cadre locale } }`;
export const SET_ROLES = `mutation ($id: UUID!, $roles: [RoleAssignmentInput!]!) { setUserRoles(id: $id, roles: $roles) { id roles roleAssignments { role region { code } } } }`;
export const DEACTIVATE = `mutation ($id: UUID!) { deactivateUser(id: $id) { id active } }`;
export const REACTIVATE = `mutation ($id: UUID!) { reactivateUser(id: $id) { id active } }`;
export const ISSUE_CODE = `mutation ($userId: UUID!) { issuePasswordResetCode(userId: $userId) { code expiresAt username displayName } }`;
export const RESET = `mutation ($username: String!, $code: String!, $newPassword: String!) {
  resetPasswordWithCode(username: $username, code: $code, newPassword: $newPassword) }`;
export const CHANGE = `mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;

export const GOOD_PASSWORD = '봄날 진달래 2027';
export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export interface CreatedUser {
  id: string;
  username: string;
  mustChangePassword: boolean;
  roles: string[];
  cadre: string | null;
  worker: { id: string; name: string } | null;
}

/** createUser through the API as `token`; throws with the errors when refused. */
export async function createUser(app: TestApp, token: string, input: Record<string, unknown>): Promise<CreatedUser> {
  const result = await app.gql<{ createUser: CreatedUser }>(
    CREATE_USER,
    { input: { username: uniqueName('user'), displayName: '리 영희', password: GOOD_PASSWORD, roles: [{ role: 'trainee' }], ...input } },
    { token },
  );
  if (!result.data) throw new Error(`createUser failed: ${JSON.stringify(result.errors)}`);
  return result.data.createUser;
}

/** A region strictly inside the province (a city or county), with a facility of its own. */
export async function countyWithFacility(
  app: TestApp,
  province = 'KP-02',
): Promise<{ regionId: string; code: string; facilityId: string }> {
  const [row] = await app.db.query(
    `SELECT r.id AS "regionId", r.code, f.id AS "facilityId" FROM facility f JOIN region r ON r.id = f.region_id
      WHERE r.path LIKE $1 AND r.code <> $2 ORDER BY f.code LIMIT 1`,
    [`${province}/%`, province],
  );
  return row;
}

export const auditCount = async (app: TestApp, action: string, entityId: string): Promise<number> =>
  (await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, entityId]))[0].n;
