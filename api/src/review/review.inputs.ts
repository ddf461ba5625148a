import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

@InputType()
export class RangeInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  start: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  end: number;
}

@InputType()
export class SaveRevisionInput {
  @Field()
  @IsString()
  @MaxLength(300)
  title: string;

  @Field()
  @IsString()
  body: string;

  @Field(() => Int, { description: 'The revision’s `saves` the edited text was based on' })
  @IsInt()
  @Min(0)
  saves: number;
}
