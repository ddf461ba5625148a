import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import DataLoader from 'dataloader';
import { SelfAssessmentQuestion } from './textbook-apparatus.model';
import { TextbookChapterView } from './textbook.model';
import { TextbooksService } from './textbooks.service';

type Ctx = { req: object };

// A field of an already-authorised textbook: no further access check. The answers are those the printed book
// carries at its end, so readers of the book may see them.
@FieldOfParent()
@Resolver(() => TextbookChapterView)
export class TextbookChapterFieldsResolver {
  private readonly loaders = new WeakMap<object, DataLoader<TextbookChapterView, SelfAssessmentQuestion[]>>();

  constructor(private readonly textbooks: TextbooksService) {}

  @ResolveField(() => [SelfAssessmentQuestion], { description: "Questions at the chapter's end, from its lessons' quiz items" })
  selfAssessment(@Parent() chapter: TextbookChapterView, @Context() ctx: Ctx): Promise<SelfAssessmentQuestion[]> {
    let loader = this.loaders.get(ctx.req);
    if (!loader) {
      // Every chapter asked for in one request costs one query.
      loader = new DataLoader(async (chapters) => {
        const { questions } = await this.textbooks.selfAssessments([...chapters]);
        return chapters.map((c) => questions.get(c.id) ?? []);
      });
      this.loaders.set(ctx.req, loader);
    }
    return loader.load(chapter);
  }
}
