import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffKoreanWords } from '@dari/content';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ContentVersionsService } from '../curricula/content-versions.service';
import { TerminologyFinding } from '../glossary/glossary.model';
import { TerminologyService } from '../glossary/terminology.service';
import { User } from '../users/user.entity';
import { locate } from './anchor';
import { ReviewAssignment } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { DiffPartType, type DiffOpType } from './review.model';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { Suggestion } from './suggestion.entity';

type Ctx = { req: object };
const names = new WeakMap<object, DataLoader<string, string | null>>();

/** Display names of users, batched per request (threads and assignment lists name many people). */
function displayName(db: DataSource, ctx: Ctx, userId: string) {
  let loader = names.get(ctx.req);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const users = await db.getRepository(User).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
      return ids.map((id) => users.find((u) => u.id === id)?.displayName ?? null);
    });
    names.set(ctx.req, loader);
  }
  return loader.load(userId);
}

const located = <T extends ReviewComment | Suggestion>(body: string, rows: T[]): T[] =>
  rows.map((r) => ({ ...r, range: r.quote ? locate(body, { quote: r.quote, prefix: r.prefix, suffix: r.suffix, start: r.anchorStart }) : null }));

// Revision's root queries checked access; a revision's fields are readable by whoever may read it.
@Resolver(() => Revision)
export class RevisionFieldsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: ContentVersionsService,
    private readonly terminology: TerminologyService,
    private readonly revisions: RevisionsService,
  ) {}

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() revision: Revision, @Context() ctx: Ctx) {
    return displayName(this.db, ctx, revision.authorId);
  }

  @ResolveField(() => [DiffPartType], { description: 'Word-level, Korean-aware diff against the published version it is based on' })
  async diff(@Parent() revision: Revision) {
    const base = await this.versions.version(revision.kind, revision.contentId, revision.baseVersion);
    return diffKoreanWords(base.body, revision.body) as { op: DiffOpType; text: string }[];
  }

  @ResolveField(() => [ReviewAssignment])
  assignments(@Parent() revision: Revision) {
    return this.db.getRepository(ReviewAssignment).find({ where: { revisionId: revision.id }, order: { assignedAt: 'ASC' } });
  }

  @ResolveField(() => [ReviewComment], { description: 'Threads and replies, oldest first, each with where its quote is now' })
  async comments(@Parent() revision: Revision) {
    return located(revision.body, await this.db.getRepository(ReviewComment).find({ where: { revisionId: revision.id }, order: { createdAt: 'ASC' } }));
  }

  @ResolveField(() => [Suggestion])
  async suggestions(@Parent() revision: Revision) {
    return located(revision.body, await this.db.getRepository(Suggestion).find({ where: { revisionId: revision.id }, order: { createdAt: 'ASC' } }));
  }

  @ResolveField(() => [TerminologyFinding], { description: 'South Korean terms in the text (proposed entries included unless asked not to)' })
  terminologyFindings(@Parent() revision: Revision, @Args('includeProposed', { defaultValue: true }) includeProposed: boolean) {
    return this.terminology.check(revision.body, includeProposed);
  }

  @ResolveField(() => [String], { description: 'Terms that block publishing: sourced or confirmed, still in the text, not accepted by a reviewer' })
  unresolvedTerms(@Parent() revision: Revision) {
    return this.revisions.unresolvedTerms(revision);
  }
}

@Resolver(() => ReviewAssignment)
export class ReviewAssignmentFieldsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revisions: RevisionsService,
  ) {}

  @ResolveField(() => String, { nullable: true })
  reviewerName(@Parent() assignment: ReviewAssignment, @Context() ctx: Ctx) {
    return displayName(this.db, ctx, assignment.reviewerId);
  }

  @ResolveField(() => Revision)
  revision(@Parent() assignment: ReviewAssignment) {
    return this.revisions.get(assignment.revisionId);
  }
}

@Resolver(() => ReviewComment)
export class ReviewCommentFieldsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  authorName(@Parent() comment: ReviewComment, @Context() ctx: Ctx) {
    return displayName(this.db, ctx, comment.authorId);
  }
}
