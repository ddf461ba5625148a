import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PerRequest } from '../common/loaders';
import { SelfAssessmentQuestion } from './textbook-apparatus.model';
import { TextbookChapterView } from './textbook.model';
import { TextbooksService } from './textbooks.service';

type Ctx = { req: object };

// A field of an already-authorised textbook: no further access check. The answers are those the printed book
// carries at its end, so readers of the book may see them.
@Resolver(() => TextbookChapterView)
export class TextbookChapterFieldsResolver {
  // Every chapter asked for in one request costs one query.
  private readonly loaders = new PerRequest(
    () =>
      new DataLoader<TextbookChapterView, SelfAssessmentQuestion[]>(async (chapters) => {
        const { questions } = await this.textbooks.selfAssessments([...chapters]);
        return chapters.map((c) => questions.get(c.id) ?? []);
      }),
  );

  constructor(private readonly textbooks: TextbooksService) {}

  @ResolveField(() => [SelfAssessmentQuestion], { description: "Questions at the chapter's end, from its lessons' quiz items" })
  selfAssessment(@Parent() chapter: TextbookChapterView, @Context() ctx: Ctx): Promise<SelfAssessmentQuestion[]> {
    return this.loaders.for(ctx.req).load(chapter);
  }
}
