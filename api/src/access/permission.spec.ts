import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_PERMISSIONS } from './permission';

/** What `me { permissions }` returns for a user of each single role: sorted, without repeats. */
const servedPermissions = () =>
  Object.fromEntries(Object.entries(ROLE_PERMISSIONS).map(([role, permissions]) => [role, [...new Set(permissions)].sort()]));

describe('the role table', () => {
  // The web's unit tests answer `me` with these (web/src/test/me.ts); the web app itself only reads `me`.
  it('is what the web app’s test fixture of `me { permissions }` holds', () => {
    const fixture = JSON.parse(readFileSync(join(__dirname, '../../../web/src/test/role-permissions.json'), 'utf8')) as unknown;
    expect(fixture).toEqual(servedPermissions());
  });
});
