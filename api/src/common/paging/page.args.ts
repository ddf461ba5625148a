import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString } from 'class-validator';

/** The paging arguments of every list; `pageWindow` clamps them (validators only mark the fields as allowed). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1-200 (larger is read as 200)' })
  @IsInt()
  first: number = 50;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Rows to skip from the start, or past the cursor (0-10,000): for jumping to a page number',
  })
  @IsInt()
  offset: number = 0;

  @Field(() => String, { nullable: true, description: 'A cursor this list gave out (`nextCursor`, or a row’s own): the page after it' })
  @IsOptional()
  @IsString()
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'A cursor this list gave out: the page before it' })
  @IsOptional()
  @IsString()
  before?: string | null;
}
