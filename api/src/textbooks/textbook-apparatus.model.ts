import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A glossary term that occurs in a textbook, as its annex lists it' })
export class TextbookGlossaryEntry {
  @Field({ description: 'North Korean term (as the book writes it)' })
  north: string;

  @Field({ description: 'South Korean term' })
  south: string;

  @Field(() => String, { nullable: true, description: 'English, where the book gives it in brackets' })
  english?: string;

  @Field(() => String, { nullable: true, description: 'International Nonproprietary Name, for medicines' })
  inn?: string;

  @Field({ description: 'Not yet confirmed by North Korean faculty' })
  proposed: boolean;
}

@ObjectType({ description: 'A section in which an index term occurs' })
export class TextbookIndexSection {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'An index term with the sections that contain it, in reading order' })
export class TextbookIndexEntry {
  @Field()
  term: string;

  @Field(() => [TextbookIndexSection])
  sections: TextbookIndexSection[];
}

@ObjectType({ description: "A self-assessment question at a chapter's end, drawn from its lessons' quiz items" })
export class SelfAssessmentQuestion {
  @Field(() => ID, { description: 'The question item it shows' })
  id: string;

  @Field(() => String, { nullable: true })
  case: string | null;

  @Field()
  stem: string;

  @Field(() => [String], { description: 'Option texts in order (labelled ㄱ, ㄴ, ...); empty for true/false' })
  options: string[];

  @Field({ description: 'The answer as the printed key gives it: option labels, or 옳다/틀리다' })
  answer: string;

  @Field()
  explanation: string;
}
