import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/paging/page.args';
import { GlossaryRelation, GlossaryStatus } from './glossary-entry.entity';

@InputType({ description: 'A new South/North term pair; it stays proposed until a reviewer confirms it' })
export class ProposeGlossaryEntryInput {
  @Field()
  @IsString()
  @Length(1, 100)
  southTerm: string;

  @Field()
  @IsString()
  @Length(1, 100)
  northTerm: string;

  @Field(() => GlossaryRelation)
  @IsEnum(GlossaryRelation)
  relation: GlossaryRelation;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  domain?: string;

  @Field({ nullable: true, description: 'For a false friend: what the word means on the other side' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @Field({ nullable: true, description: 'Where the term is attested, if known' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string;
}

@InputType()
export class GlossaryFilter {
  @Field({ nullable: true, description: 'Part of a South or North Korean term' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => [GlossaryStatus], { nullable: true })
  @IsOptional()
  @IsEnum(GlossaryStatus, { each: true })
  statuses?: GlossaryStatus[];

  @Field(() => GlossaryRelation, { nullable: true })
  @IsOptional()
  @IsEnum(GlossaryRelation)
  relation?: GlossaryRelation;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  domain?: string;
}

@ArgsType()
export class GlossaryEntriesArgs extends PageArgs {
  @Field(() => GlossaryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GlossaryFilter)
  filter?: GlossaryFilter | null;
}
