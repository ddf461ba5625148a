import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import { diffKoreanWords } from '@dari/content';
import { NotFoundException } from '../common/domain.exception';
import { ContentVersionsService } from '../publishing/content-versions.service';
import { TerminologyFinding } from '../glossary/glossary.model';
import { TerminologyService } from '../glossary/terminology.service';
import { locate } from './anchor';
import { ReviewAssignment } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { ReviewLoaderFactory } from './review.loaders';
import { DiffPartType, type DiffOpType } from './review.model';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { Suggestion } from './suggestion.entity';

type Ctx = { req: object };
const located = <T extends ReviewComment | Suggestion>(body: string, rows: T[]): T[] =>
  rows.map((r) => ({
    ...r,
    range: r.quote ? locate(body, { quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.anchorStart }) : null,
  }));

// Revision's root queries checked access; a revision's fields are readable by whoever may read it.
@FieldOfParent()
@Resolver(() => Revision)
export class RevisionFieldsResolver {
  constructor(
    private readonly versions: ContentVersionsService,
    private readonly terminology: TerminologyService,
    private readonly revisions: RevisionsService,
    private readonly loaders: ReviewLoaderFactory,
  ) {}

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() revision: Revision, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).displayName.load(revision.authorId);
  }

  @ResolveField(() => [DiffPartType], { description: 'Word-level, Korean-aware diff against the published version it is based on' })
  async diff(@Parent() revision: Revision) {
    const base = await this.versions.version(revision.kind, revision.contentId, revision.baseVersion);
    return diffKoreanWords(base.body, revision.body) as { op: DiffOpType; text: string }[];
  }

  @ResolveField(() => [ReviewAssignment])
  assignments(@Parent() revision: Revision, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).assignmentsOf.load(revision.id);
  }

  @ResolveField(() => [ReviewComment], { description: 'Threads and replies, oldest first, each with where its quote is now' })
  async comments(@Parent() revision: Revision, @Context() ctx: Ctx) {
    return located(revision.body, await this.loaders.for(ctx.req).commentsOf.load(revision.id));
  }

  @ResolveField(() => [Suggestion])
  async suggestions(@Parent() revision: Revision, @Context() ctx: Ctx) {
    return located(revision.body, await this.loaders.for(ctx.req).suggestionsOf.load(revision.id));
  }

  @ResolveField(() => [TerminologyFinding], {
    description: 'South Korean terms in the text (proposed entries included unless asked not to)',
  })
  terminologyFindings(@Parent() revision: Revision, @Args('includeProposed', { defaultValue: true }) includeProposed: boolean) {
    return this.terminology.check(revision.body, includeProposed);
  }

  @ResolveField(() => [String], {
    description: 'Terms that block publishing: sourced or confirmed, still in the text, not accepted by a reviewer',
  })
  unresolvedTerms(@Parent() revision: Revision) {
    return this.revisions.unresolvedTerms(revision);
  }
}

@FieldOfParent()
@Resolver(() => ReviewAssignment)
export class ReviewAssignmentFieldsResolver {
  constructor(private readonly loaders: ReviewLoaderFactory) {}

  @ResolveField(() => String, { nullable: true })
  reviewerName(@Parent() assignment: ReviewAssignment, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).displayName.load(assignment.reviewerId);
  }

  @ResolveField(() => Revision)
  async revision(@Parent() assignment: ReviewAssignment, @Context() ctx: Ctx) {
    const revision = await this.loaders.for(ctx.req).revision.load(assignment.revisionId);
    if (!revision) throw new NotFoundException({ ko: '수정본', en: 'Revision' }, assignment.revisionId);
    return revision;
  }
}

@FieldOfParent()
@Resolver(() => ReviewComment)
export class ReviewCommentFieldsResolver {
  constructor(private readonly loaders: ReviewLoaderFactory) {}

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() comment: ReviewComment, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).displayName.load(comment.authorId);
  }
}
