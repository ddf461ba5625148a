import { describe, expect, it } from 'vitest';
import { outcomeFor } from './outcome';

const steps = [1, 2, 3].map((number) => ({ number, group: null, text: `단계 ${number}`, critical: number !== 2 }));

describe('outcomeFor', () => {
  it('passes when only steps that are not critical were missed', () => {
    expect(outcomeFor(steps, [])).toBe('PASS');
    expect(outcomeFor(steps, [2])).toBe('PASS');
  });

  it('needs practice when a critical step was missed', () => {
    expect(outcomeFor(steps, [3])).toBe('NEEDS_PRACTICE');
    expect(outcomeFor(steps, [2, 1])).toBe('NEEDS_PRACTICE');
  });
});
