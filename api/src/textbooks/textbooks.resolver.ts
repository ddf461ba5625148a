import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PerRequest } from '../common/loaders';
import { GraphQLJSON } from 'graphql-scalars';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { BODY_TREE_DESCRIPTION, markdownTree } from '../common/markdown-trees';
import { CurrentActor } from '../common/request-context';
import { TextbookIndexEntry } from './textbook-apparatus.model';
import { Textbook } from './textbook.entity';
import { textbookIndex } from './textbook-index';
import { TextbookChapterView } from './textbook.model';
import { TextbooksService } from './textbooks.service';

const read = { permission: Permission.TextbooksRead };
type Ctx = { req: object };

@Resolver(() => Textbook)
export class TextbooksResolver {
  // One loader per request: a list of textbooks with their chapters costs three queries in all.
  private readonly chapterLoaders = new PerRequest(
    () => new DataLoader<string, TextbookChapterView[]>(async (ids) => {
      const map = await this.textbooks.chaptersOf(ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
  );

  constructor(
    private readonly textbooks: TextbooksService,
    private readonly access: AccessService,
  ) {}

  @Query(() => [Textbook], { name: 'textbooks' })
  list(@CurrentActor() actor?: Actor): Promise<Textbook[]> {
    this.access.require(actor, read);
    return this.textbooks.list();
  }

  @Query(() => Textbook, { name: 'textbook' })
  get(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor?: Actor): Promise<Textbook> {
    this.access.require(actor, read);
    return this.textbooks.get(id);
  }

  @ResolveField(() => GraphQLJSON, { description: `The preface. ${BODY_TREE_DESCRIPTION}` })
  prefaceTree(@Parent() textbook: Textbook) {
    return markdownTree(textbook.preface);
  }

  @ResolveField(() => [TextbookChapterView])
  chapters(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<TextbookChapterView[]> {
    return this.chapterLoader(ctx).load(textbook.id);
  }

  @ResolveField(() => [TextbookIndexEntry], { description: "The book's index: its terms with the sections that contain them" })
  async index(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<TextbookIndexEntry[]> {
    return textbookIndex(textbook.indexTerms, await this.chapterLoader(ctx).load(textbook.id));
  }

  @ResolveField(() => Int)
  async sectionCount(@Parent() textbook: Textbook, @Context() ctx: Ctx): Promise<number> {
    const chapters = await this.chapterLoader(ctx).load(textbook.id);
    return chapters.reduce((n, c) => n + c.sections.length, 0);
  }

  @ResolveField(() => String, { description: 'Where the print-ready PDF is downloaded (same origin, same session)' })
  pdfPath(@Parent() textbook: Textbook): string {
    return `/textbooks/${encodeURIComponent(textbook.id)}.pdf`;
  }

  private chapterLoader(ctx: Ctx) {
    return this.chapterLoaders.for(ctx.req);
  }
}
