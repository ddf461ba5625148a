import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/paging/page.args';
import { WorkerFilter } from '../licensing.inputs';

@ArgsType()
export class WorkersArgs extends PageArgs {
  @Field(() => WorkerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkerFilter)
  filter?: WorkerFilter | null;
}

@ArgsType()
export class ExpiringLicencesArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 90 })
  @IsInt()
  days: number = 90;
}
