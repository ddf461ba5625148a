import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from './user.entity';

@ObjectType()
export class UserPage {
  @Field(() => Int, { description: 'All matching users, not only this page' })
  total: number;

  @Field(() => [User], { description: 'By display name, then username' })
  items: User[];
}

@ObjectType({ description: 'The worker an account belongs to, as the registry has it' })
export class UserWorker {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  registrationNumber: string;

  @Field()
  facilityName: string;
}

@ObjectType({ description: 'A one-time password reset code: shown this once, never stored in clear' })
export class PasswordResetCodeIssued {
  @Field({ description: 'Twelve letters and digits in groups of four; dashes, spaces and case do not matter' })
  code: string;

  @Field()
  expiresAt: Date;

  @Field()
  username: string;

  @Field()
  displayName: string;
}
