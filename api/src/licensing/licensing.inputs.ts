import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNumber, IsOptional, IsString, Length } from 'class-validator';
import { LocalDate, UUID } from '../common/scalars';
import { Cadre } from '../users/cadre.enum';
import { LicenceStatus } from './licence.entity';

@InputType()
export class IssueLicenceInput {
  @Field(() => ID)
  @IsString()
  licenceTypeId: string;

  @Field({ description: 'Licence number: capital letters, digits and dashes' })
  @IsString()
  @Length(4, 32)
  number: string;

  @Field(() => LocalDate, { nullable: true, description: 'Today when omitted' })
  @IsOptional()
  issuedOn?: string;
}

@InputType()
export class CreditEntryInput {
  @Field(() => Float)
  @IsNumber()
  hours: number;

  @Field()
  @IsString()
  @Length(1, 40)
  topic: string;

  @Field(() => LocalDate)
  @IsString()
  earnedOn: string;

  @Field({ description: 'Evidence: the in-person training, where and who certified it' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

@InputType()
export class WorkerFilter {
  @Field(() => UUID, { nullable: true })
  @IsOptional()
  facilityId?: string;

  @Field(() => UUID, { nullable: true })
  @IsOptional()
  regionId?: string;

  @Field(() => Cadre, { nullable: true })
  @IsOptional()
  @IsEnum(Cadre)
  cadre?: Cadre;

  @Field({ nullable: true, description: 'Part of the name or registration number' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => LicenceStatus, { nullable: true, description: 'Workers holding a licence in this status (as the API reports it)' })
  @IsOptional()
  @IsEnum(LicenceStatus)
  status?: LicenceStatus;
}

@InputType()
export class RegisterWorkerInput {
  @Field({ description: 'National registration number (unique)' })
  @IsString()
  @Length(3, 40)
  registrationNumber: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name: string;

  @Field(() => Cadre)
  @IsEnum(Cadre)
  cadre: Cadre;

  @Field(() => UUID, { description: 'Current facility; the registrar must cover its region' })
  @IsString()
  facilityId: string;

  @Field(() => UUID, { nullable: true, description: 'The worker’s user account, if they have one' })
  @IsOptional()
  userId?: string;
}
