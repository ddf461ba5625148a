import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Lesson, Reference } from '../curricula/lesson.entity';

@ObjectType('TextbookSection', { description: 'A section as readers see it: a lesson or a section written for the book' })
export class TextbookSectionView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  titleEn: string;

  @Field({ description: 'Korean Markdown of the published version' })
  body: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  reviewBy: string | null;

  @Field(() => [Reference])
  references: Reference[];

  @Field(() => Lesson, { nullable: true, description: 'Set when the section is an online lesson' })
  lesson: Lesson | null;
}

@ObjectType('TextbookChapter')
export class TextbookChapterView {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  titleEn: string;

  @Field(() => [TextbookSectionView])
  sections: TextbookSectionView[];
}
