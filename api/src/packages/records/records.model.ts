import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

export enum RecordsConflictChoice {
  /** Keep this server's record as it is; the incoming version is marked seen. */
  local = 'local',
  /** Write the incoming record over this server's. */
  incoming = 'incoming',
}
registerEnumType(RecordsConflictChoice, { name: 'RecordsConflictChoice' });

@ObjectType({ description: 'One field of a conflicting record, as held here and as the package brings it' })
export class RecordsConflictField {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  local: string | null;

  @Field(() => String, { nullable: true })
  incoming: string | null;
}

@ObjectType({ description: 'A worker, posting or licence changed both here and on the install a records package came from' })
export class RecordsConflict {
  @Field(() => ID)
  id: string;

  @Field({ description: 'worker, workerPosting or licence' })
  recordType: string;

  @Field(() => ID)
  recordId: string;

  @Field(() => ID)
  workerId: string;

  @Field(() => String, { nullable: true })
  workerName: string | null;

  @Field(() => String, { nullable: true })
  registrationNumber: string | null;

  @Field(() => ID)
  sourceInstallId: string;

  @Field(() => ID)
  packageId: string;

  @Field(() => [RecordsConflictField], { description: 'The fields that differ' })
  differences: RecordsConflictField[];

  @Field(() => GraphQLJSON, { description: 'The incoming record, whole' })
  incoming: unknown;

  @Field(() => GraphQLISODateTime)
  incomingVersion: Date;

  @Field(() => GraphQLISODateTime)
  detectedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  settledAt: Date | null;

  @Field(() => RecordsConflictChoice, { nullable: true })
  resolution: RecordsConflictChoice | null;
}

@ObjectType()
export class RecordsOutcomeCount {
  @Field()
  recordType: string;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  older: number;

  @Field(() => Int)
  conflict: number;
}

@ObjectType({ description: 'A records package applied on this server' })
export class RecordsPackageApplied {
  @Field(() => ID)
  packageId: string;

  @Field(() => ID)
  sourceInstallId: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since: Date | null;

  @Field(() => GraphQLISODateTime)
  until: Date;

  @Field(() => GraphQLISODateTime)
  appliedAt: Date;

  @Field(() => [RecordsOutcomeCount])
  outcomes: RecordsOutcomeCount[];
}
