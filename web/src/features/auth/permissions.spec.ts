import { describe, expect, it } from 'vitest';
import { hasPermission, landingPath } from './permissions';

describe('landingPath', () => {
  it.each([
    [['admin'], '/users'],
    [['registrar'], '/registry'],
    [['reviewer'], '/reviews'],
    [['author'], '/reviews'],
    [['trainee', 'admin'], '/users'],
  ] as const)('sends %j to %s', (roles, path) => {
    expect(landingPath(roles)).toBe(path);
  });

  it('keeps trainees on their home', () => {
    expect(landingPath(['trainee'])).toBeNull();
  });
});

describe('hasPermission', () => {
  it('reads the API’s permission names', () => {
    expect(hasPermission({ permissions: ['users:read'] }, 'users:read')).toBe(true);
    expect(hasPermission({ permissions: ['users:read'] }, 'users:manage')).toBe(false);
  });
});
