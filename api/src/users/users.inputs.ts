import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { PageArgs } from '../common/paging/page.args';
import { UUID } from '../common/scalars';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Cadre } from './cadre.enum';
import { Role } from './role.enum';

export const LOCALES = ['ko', 'en'];

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the username or display name' })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => UUID, { nullable: true, description: 'Users linked to a worker in, or holding a role scoped inside, this region' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class RoleAssignmentInput {
  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => UUID, { nullable: true, description: 'The region the role is limited to (registrars); none: everywhere' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

@InputType()
export class CreateUserInput {
  @Field({ description: 'Stored NFC-normalised, trimmed and lower-case, as sign-in reads it' })
  @IsString()
  @Length(3, 64)
  username: string;

  @Field()
  @IsString()
  @Length(1, 100)
  displayName: string;

  @Field(() => Cadre, { nullable: true, description: 'Taken from the worker when one is linked and this is empty' })
  @IsOptional()
  @IsEnum(Cadre)
  cadre?: Cadre;

  @Field({ defaultValue: 'ko' })
  @IsIn(LOCALES)
  locale: string;

  @Field({ description: 'Initial password; the user must change it at first sign-in' })
  @IsString()
  @Length(1, 1000)
  password: string;

  @Field(() => [RoleAssignmentInput])
  @ValidateNested({ each: true })
  @Type(() => RoleAssignmentInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  roles: RoleAssignmentInput[];

  @Field(() => UUID, { nullable: true, description: 'The worker this account belongs to (required for registrars)' })
  @IsOptional()
  @IsUUID()
  workerId?: string;
}

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @Field(() => Cadre, { nullable: true })
  @IsOptional()
  @IsEnum(Cadre)
  cadre?: Cadre;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}
