import { describe, expect, it } from 'vitest';
import { canUseRegistry } from './access';

describe('canUseRegistry', () => {
  it('opens the registry to registrars and admins only', () => {
    expect(canUseRegistry(['registrar'])).toBe(true);
    expect(canUseRegistry(['trainee', 'admin'])).toBe(true);
    expect(canUseRegistry(['trainee'])).toBe(false);
    expect(canUseRegistry(['author', 'reviewer'])).toBe(false);
  });
});
