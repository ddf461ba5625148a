import type { RecordSkillAssessmentInput } from './skills.inputs';
import { inputProblems, outcomeOf } from './skill-assessments.service';
import { SkillOutcome } from './skill-outcome.enum';

const steps = [1, 2, 3, 4].map((number) => ({ number, group: null, text: `단계 ${number}`, critical: number % 2 === 1 }));
const input = (over: Partial<RecordSkillAssessmentInput> = {}): RecordSkillAssessmentInput => ({
  workerId: '00000000-0000-4000-8000-000000000001',
  checklistId: 'skill',
  outcome: SkillOutcome.PASS,
  assessedOn: '2026-01-05',
  facilityId: '00000000-0000-4000-8000-000000000002',
  missedSteps: [],
  clientId: '00000000-0000-4000-8000-000000000003',
  ...over,
});

describe('skills assessment rules', () => {
  it('passes unless a critical step was missed', () => {
    expect(outcomeOf({ steps }, [])).toBe(SkillOutcome.PASS);
    expect(outcomeOf({ steps }, [2, 4])).toBe(SkillOutcome.PASS);
    expect(outcomeOf({ steps }, [3])).toBe(SkillOutcome.NEEDS_PRACTICE);
  });

  it('accepts a good input and reports each problem of a bad one', () => {
    expect(inputProblems(input({ missedSteps: [1, 4] }), 4)).toEqual([]);
    expect(inputProblems(input({ traineeId: '00000000-0000-4000-8000-000000000004' }), 4)).toEqual([
      'name the worker by exactly one of workerId and traineeId',
    ]);
    expect(inputProblems(input({ workerId: undefined }), 4)).toEqual(['name the worker by exactly one of workerId and traineeId']);
    expect(inputProblems(input({ missedSteps: [0, 5, 2] }), 4)).toEqual(['missedSteps must be step numbers 1-4: 0, 5']);
    expect(inputProblems(input({ missedSteps: [2, 2] }), 4)).toEqual(['missedSteps lists a step twice']);
    expect(inputProblems(input({ assessedOn: '2999-12-31' }), 4)).toEqual(['assessedOn 2999-12-31 is in the future']);
    expect(inputProblems(input({ note: 'x'.repeat(2001) }), 4)).toEqual(['note is longer than 2000 characters']);
  });
});
