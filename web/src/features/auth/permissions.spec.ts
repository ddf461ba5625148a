import { describe, expect, it } from 'vitest';
import { hasPermission, landingPath } from './permissions';

// The permissions `me` returns for the demo roles (api/src/access/permission.ts), abridged to what decides.
const ADMIN = ['users:manage', 'users:read', 'licences:read', 'skills:assess', 'review:decide', 'revisions:write', 'learning:record'];
const REGISTRAR = ['users:read', 'users:accounts', 'licences:read', 'licences:manage'];
const SUPERVISOR = ['curricula:read', 'skills:assess'];
const REVIEWER = ['revisions:read', 'review:decide', 'glossary:decide'];
const AUTHOR = ['revisions:read', 'revisions:write', 'content:publish', 'learning:record'];
const TRAINEE = ['curricula:read', 'learning:record', 'licences:own:read'];

describe('landingPath', () => {
  it.each([
    [ADMIN, '/users'],
    [REGISTRAR, '/registry'],
    [SUPERVISOR, '/skills/assess'],
    [REVIEWER, '/reviews'],
    [AUTHOR, '/reviews'],
    [[...TRAINEE, ...ADMIN], '/users'],
  ])('sends %j to %s', (permissions, path) => {
    expect(landingPath({ permissions })).toBe(path);
  });

  it('keeps trainees on their home', () => {
    expect(landingPath({ permissions: TRAINEE })).toBeNull();
  });
});

describe('hasPermission', () => {
  it('reads the API’s permission names', () => {
    expect(hasPermission({ permissions: ['users:read'] }, 'users:read')).toBe(true);
    expect(hasPermission({ permissions: ['users:read'] }, 'users:manage')).toBe(false);
  });
});
