import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Page } from '../common/paging/page';
import { User } from './user.entity';

@ObjectType()
export class UserPage extends Page(User) {}

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
