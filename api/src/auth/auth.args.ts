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

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @Length(1, 1000)
  currentPassword: string;

  @Field({ description: '8-128 characters, not a common password, not the username' })
  @IsString()
  @Length(1, 1000)
  newPassword: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString()
  @Length(1, 100)
  username: string;

  @Field({ description: 'The code a registrar or admin issued; dashes, spaces and case do not matter' })
  @IsString()
  @Length(1, 40)
  code: string;

  @Field()
  @IsString()
  @Length(1, 1000)
  newPassword: string;
}
