import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class TopicProgress {
  @Field()
  topic: string;

  @Field(() => Float)
  required: number;

  @Field(() => Float)
  earned: number;

  @Field(() => Float)
  remaining: number;
}

@ObjectType({ description: 'Credits of the current renewal cycle against the licence type’s requirement' })
export class Eligibility {
  @Field()
  cycleStart: string;

  @Field({ description: 'The licence expiry: credits must be earned by then' })
  deadline: string;

  @Field(() => Float)
  required: number;

  @Field(() => Float)
  earned: number;

  @Field(() => Float, { description: 'Hours still needed, counting topic minimums' })
  remaining: number;

  @Field(() => [TopicProgress])
  topics: TopicProgress[];

  @Field()
  eligible: boolean;
}

@ObjectType()
export class RetrainingProgress {
  @Field(() => Int)
  coursesTotal: number;

  @Field(() => Int)
  coursesCompleted: number;

  @Field(() => Int, { description: 'Skills checklists the curriculum requires' })
  skillsTotal: number;

  @Field(() => Int, { description: 'Of those, the ones the worker has passed' })
  skillsPassed: number;

  @Field({ description: 'Every course completed and every required skill passed' })
  done: boolean;

  @Field()
  overdue: boolean;
}

@ObjectType()
export class FacilityCompliance {
  @Field()
  facilityId: string;

  @Field()
  facilityCode: string;

  @Field()
  facilityName: string;

  @Field(() => Int)
  plans: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  overdue: number;
}
