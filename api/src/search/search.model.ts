import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Page } from '../common/paging/page';
import { Course } from '../curricula/course.entity';
import { Textbook } from '../textbooks/textbook.entity';

export enum SearchHitKind {
  lesson = 'lesson',
  textbook_section = 'textbook_section',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType()
export class SnippetPart {
  @Field()
  text: string;

  @Field({ description: 'True for the words that matched the query' })
  match: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID, { description: 'Lesson id, or section id within its textbook' })
  id: string;

  @Field()
  title: string;

  @Field()
  titleEn: string;

  @Field(() => Textbook, { nullable: true })
  textbook: Textbook | null;

  @Field(() => Course, { nullable: true })
  course: Course | null;

  @Field(() => [SnippetPart], { description: 'Plain-text pieces around the first match; render `match` pieces highlighted' })
  snippet: SnippetPart[];

  @Field(() => Float)
  score: number;
}

@ObjectType()
export class SearchHitPage extends Page(SearchHit) {}
