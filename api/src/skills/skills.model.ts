import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Checklist } from '../curricula/checklist.entity';
import { SkillOutcome } from './skill-outcome.enum';

@ObjectType({ description: 'The signed-in user’s progress in a curriculum: its courses and its required skills checklists' })
export class CurriculumProgress {
  @Field(() => Int)
  coursesTotal: number;

  @Field(() => Int)
  coursesCompleted: number;

  @Field(() => Int)
  skillsTotal: number;

  @Field(() => Int)
  skillsPassed: number;

  @Field({ description: 'Every course completed and every required skill passed' })
  done: boolean;
}

@ObjectType({ description: 'A required skill of a curriculum and where the signed-in user stands with it' })
export class SkillStatus {
  @Field(() => Checklist)
  checklist: Checklist;

  @Field({ description: 'Passed at least once' })
  passed: boolean;

  @Field(() => SkillOutcome, { nullable: true, description: 'The latest outcome, if assessed' })
  lastOutcome: SkillOutcome | null;

  @Field(() => String, { nullable: true })
  lastAssessedOn: string | null;
}

@ObjectType({ description: 'A worker a supervisor may assess' })
export class AssessableWorker {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field()
  registrationNumber: string;

  @Field()
  cadre: string;

  @Field()
  facilityId: string;

  @Field()
  facilityName: string;
}
