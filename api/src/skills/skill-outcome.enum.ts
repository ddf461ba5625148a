import { registerEnumType } from '@nestjs/graphql';

/** Pass when every critical step was done correctly, otherwise needs practice (content/README.md). */
export enum SkillOutcome {
  PASS = 'pass',
  NEEDS_PRACTICE = 'needs_practice',
}
registerEnumType(SkillOutcome, { name: 'SkillOutcome', description: 'PASS: every critical step done correctly; NEEDS_PRACTICE otherwise' });
