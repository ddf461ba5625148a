import { describe, expect, it } from 'vitest';
import { canUseRegistry } from './access';

describe('canUseRegistry', () => {
  it('follows the API’s licences:read, whatever the roles', () => {
    expect(canUseRegistry({ permissions: ['licences:read', 'licences:manage'] })).toBe(true);
    expect(canUseRegistry({ permissions: ['curricula:read', 'learning:record'] })).toBe(false);
    expect(canUseRegistry({ permissions: [] })).toBe(false);
  });
});
