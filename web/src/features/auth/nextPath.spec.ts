import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './nextPath';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/lessons/anaemia-in-pregnancy?x=1')).toBe('/lessons/anaemia-in-pregnancy?x=1');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'sends %s home instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );
});

describe('signInPath', () => {
  it('carries the page to return to, except home', () => {
    expect(signInPath('/courses/a b')).toBe('/login?next=%2Fcourses%2Fa%20b');
    expect(signInPath('/')).toBe('/login');
  });
});
