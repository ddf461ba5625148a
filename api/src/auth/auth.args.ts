import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { User } from '../users/user.entity';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @Length(1, 100)
  username: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; the web app uses the httpOnly cookie instead.' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
