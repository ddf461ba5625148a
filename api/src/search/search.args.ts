import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { PageArgs } from '../common/paging/page.args';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field()
  @IsString()
  query: string;
}
