import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PerRequest } from '../common/loaders';
import { GraphQLJSON } from 'graphql-scalars';
import { Allow, FieldOfParent } from '../access/access.decorators';
import { Permission } from '../access/permission';
import { BODY_TREE_DESCRIPTION, markdownTree } from '../common/markdown-trees';
import { TextbookIndexEntry } from './textbook-apparatus.model';
import { Textbook } from './textbook.entity';
import { textbookIndex } from './textbook-index';
import { TextbookChapterView } from './textbook.model';
import { TextbooksService } from './textbooks.service';

type Ctx = { req: object };

@Resolver(() => Textbook)
export class TextbooksResolver {
  // One loader per request: a list of textbooks with their chapters costs three queries in all.
  private readonly chapterLoaders = new PerRequest(
    () =>
      new DataLoader<string, TextbookChapterView[]>(async (ids) => {
        const map = await this.textbooks.chaptersOf(ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
  );

  constructor(private readonly textbooks: TextbooksService) {}

  @Allow(Permission.TextbooksRead)
  @Query(() => [Textbook], { name: 'textbooks' })
  list(): Promise<Textbook[]> {
    return this.textbooks.list();
  }

  @Allow(Permission.TextbooksRead)
  @Query(() => Textbook, { name: 'textbook' })
  get(@Args('id', { type: () => ID }) id: string): Promise<Textbook> {
    return this.textbooks.get(id);
  }

  @FieldOfParent()
  @ResolveField(() => GraphQLJSON, { description: `The preface. ${BODY_TREE_DESCRIPTION}` })
  prefaceTree(@Parent() textbook: Textbook) {
    return markdownTree(textbook.preface);
  }

  @FieldOfParent()
  @ResolveField(() => [TextbookChapterView])
  chapters(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<TextbookChapterView[]> {
    return this.chapterLoader(ctx).load(textbook.id);
  }

  @FieldOfParent()
  @ResolveField(() => [TextbookIndexEntry], { description: "The book's index: its terms with the sections that contain them" })
  async index(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<TextbookIndexEntry[]> {
    return textbookIndex(textbook.indexTerms, await this.chapterLoader(ctx).load(textbook.id));
  }

  @FieldOfParent()
  @ResolveField(() => Int)
  async sectionCount(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<number> {
    const chapters = await this.chapterLoader(ctx).load(textbook.id);
    return chapters.reduce((n, c) => n + c.sections.length, 0);
  }

  @FieldOfParent()
  @ResolveField(() => String, { description: 'Where the print-ready PDF is downloaded (same origin, same session)' })
  pdfPath(@Parent() textbook: Textbook): string {
    return `/textbooks/${encodeURIComponent(textbook.id)}.pdf`;
  }

  private chapterLoader(ctx: Ctx) {
    return this.chapterLoaders.for(ctx.req);
  }
}
