import { Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '../../common/scalars';

@ObjectType({ description: 'An account made for a worker; oneTimePassword is shown this once and stored only as a hash' })
export class WorkerAccountCreated {
  @Field(() => UUID)
  workerId: string;

  @Field(() => UUID)
  userId: string;

  @Field()
  name: string;

  @Field()
  facilityName: string;

  @Field()
  username: string;

  @Field({ description: 'Must be changed at first sign-in' })
  oneTimePassword: string;
}

@ObjectType({ description: 'A worker left as it was because it has an account already' })
export class WorkerAccountSkipped {
  @Field(() => UUID)
  workerId: string;

  @Field()
  name: string;

  @Field({ description: 'HAS_ACCOUNT' })
  reason: string;
}

@ObjectType()
export class WorkerAccountsResult {
  @Field(() => [WorkerAccountCreated])
  accounts: WorkerAccountCreated[];

  @Field(() => [WorkerAccountSkipped])
  skipped: WorkerAccountSkipped[];
}
