import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { LocalDate, UUID } from '../common/scalars';
import { SkillOutcome } from './skill-outcome.enum';

@InputType({
  description: 'A supervisor’s record of one skills checklist: name the worker by workerId or by the trainee’s account (traineeId)',
})
export class RecordSkillAssessmentInput {
  @Field(() => UUID, { nullable: true })
  @IsOptional()
  workerId?: string;

  @Field(() => UUID, { nullable: true, description: 'The trainee’s user id (her worker record is used)' })
  @IsOptional()
  traineeId?: string;

  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  checklistId: string;

  @Field(() => SkillOutcome)
  @IsEnum(SkillOutcome)
  outcome: SkillOutcome;

  @Field(() => LocalDate, { description: 'The day of the assessment; not in the future' })
  @IsString()
  assessedOn: string;

  @Field(() => UUID, { description: 'Where it took place: a facility in the supervisor’s region' })
  @IsUUID()
  facilityId: string;

  @Field(() => [Int], { defaultValue: [], description: 'Numbers (from 1) of the steps not done correctly' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  missedSteps: number[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  note?: string;

  @Field(() => UUID, { description: 'Made by the client once per form: the same submission sent twice is recorded once' })
  @IsUUID()
  clientId: string;
}
