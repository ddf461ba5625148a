import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { VersionedKind } from '../publishing/content-version.entity';
import { Role } from '../access/role.enum';
import { UsersService } from '../users/users.service';
import { ReviewAssignment, ReviewDecision } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { RangeInput, SaveRevisionInput } from './review.inputs';
import { PublishedVersion, Reviewer } from './review.model';
import { ReviewsService } from './reviews.service';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { SuggestionsService } from './suggestions.service';
import { Suggestion } from './suggestion.entity';
import { VersionHistoryService } from './version-history.service';
import { LocalDate, UUID } from '../common/scalars';

const id = () => ({ type: () => UUID });

/**
 * Revisions, review and publishing. Each operation declares its permission; who may act on one revision (its
 * author, its reviewers) the services decide through AccessService.requireResource.
 */
@Resolver(() => Revision)
export class ReviewResolver {
  constructor(
    private readonly users: UsersService,
    private readonly revisions: RevisionsService,
    private readonly reviews: ReviewsService,
    private readonly suggestions: SuggestionsService,
    private readonly history: VersionHistoryService,
  ) {}

  @Allow(Permission.RevisionsRead)
  @Query(() => Revision)
  revision(@Args('id', id()) revisionId: string) {
    return this.revisions.get(revisionId);
  }

  @Allow(Permission.RevisionsWrite)
  @Query(() => [Revision], { description: 'My revisions still on their way to publication, latest first' })
  myRevisions(@CurrentActor() actor: Actor) {
    return this.revisions.openOf(actor.userId);
  }

  @Allow(Permission.ReviewDecide)
  @Query(() => [ReviewAssignment], { description: 'Reviews assigned to me and not yet decided, soonest due first' })
  reviewQueue(@CurrentActor() actor: Actor) {
    return this.reviews.queueOf(actor.userId);
  }

  @Allow(Permission.ContentPublish)
  @Query(() => [Revision], { description: 'Approved revisions waiting for an editor to publish them' })
  revisionsToPublish() {
    return this.revisions.approved();
  }

  @Allow(Permission.RevisionsWrite)
  @Query(() => [Reviewer], { description: 'Everyone who may be asked to review' })
  reviewers() {
    return this.users.withRole(Role.reviewer);
  }

  @Allow(Permission.RevisionsRead)
  @Query(() => [PublishedVersion], { description: 'Every published version of a text, newest first, with its diff and approvals' })
  contentHistory(
    @Args('kind', { type: () => VersionedKind }) kind: VersionedKind,
    @Args('contentId', { type: () => ID }) contentId: string,
  ) {
    return this.history.of(kind, contentId);
  }

  @Allow(Permission.RevisionsWrite)
  @Mutation(() => Revision, { description: 'My open revision of the text, or a new draft of its published version' })
  startRevision(
    @Args('kind', { type: () => VersionedKind }) kind: VersionedKind,
    @Args('contentId', { type: () => ID }) contentId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.revisions.start(actor.userId, kind, contentId);
  }

  @Allow(Permission.RevisionsWrite)
  @Mutation(() => Revision)
  saveRevision(@Args('id', id()) revisionId: string, @Args('input') input: SaveRevisionInput, @CurrentActor() actor: Actor) {
    return this.revisions.save(actor, revisionId, input);
  }

  @Allow(Permission.RevisionsWrite)
  @Mutation(() => Revision)
  submitRevision(
    @Args('id', id()) revisionId: string,
    @Args('reviewerIds', { type: () => [UUID] }) reviewerIds: string[],
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.revisions.submit(actor, revisionId, reviewerIds, dueOn);
  }

  @Allow(Permission.RevisionsWrite)
  @Mutation(() => Revision)
  withdrawRevision(@Args('id', id()) revisionId: string, @CurrentActor() actor: Actor) {
    return this.revisions.withdraw(actor, revisionId);
  }

  @Allow(Permission.ReviewDecide)
  @Mutation(() => Revision, { description: 'An assigned reviewer approves or requests changes (with a note)' })
  decideRevision(
    @Args('id', id()) revisionId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.reviews.decide(actor, revisionId, decision, note);
  }

  @Allow(Permission.RevisionsRead)
  @Mutation(() => ReviewComment, { description: 'A thread on a range of the current text, or a reply (parentId)' })
  commentOnRevision(
    @Args('revisionId', id()) revisionId: string,
    @Args('body') body: string,
    @Args('range', { type: () => RangeInput, nullable: true }) range: RangeInput | undefined,
    @Args('parentId', { type: () => UUID, nullable: true }) parentId: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.reviews.comment(actor, revisionId, body, { range, parentId });
  }

  @Allow(Permission.RevisionsRead)
  @Mutation(() => ReviewComment, { description: 'Resolve (true) or reopen (false) a thread' })
  resolveComment(@Args('id', id()) commentId: string, @Args('resolved') resolved: boolean, @CurrentActor() actor: Actor) {
    return this.reviews.resolveThread(actor, commentId, resolved);
  }

  @Allow(Permission.ReviewDecide)
  @Mutation(() => Suggestion)
  suggestEdit(
    @Args('revisionId', id()) revisionId: string,
    @Args('range') range: RangeInput,
    @Args('replacement') replacement: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.suggestions.suggest(actor, revisionId, range, replacement, note);
  }

  @Allow(Permission.RevisionsWrite)
  @Mutation(() => Suggestion, {
    description:
      'The author accepts (applies to the text) or rejects a suggestion; accepting on an approved revision sends it back to the reviewers who approved',
  })
  decideSuggestion(@Args('id', id()) suggestionId: string, @Args('accept') accept: boolean, @CurrentActor() actor: Actor) {
    return this.suggestions.decide(actor, suggestionId, accept);
  }

  @Allow(Permission.ReviewDecide)
  @Mutation(() => Revision, { description: 'An assigned reviewer lets a flagged South Korean term stand, with a reason' })
  acceptTerm(
    @Args('revisionId', id()) revisionId: string,
    @Args('southTerm') southTerm: string,
    @Args('reason') reason: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.reviews.acceptTerm(actor, revisionId, southTerm, reason);
  }

  @Allow(Permission.ContentPublish)
  @Mutation(() => Revision, {
    description: 'An editor publishes an approved revision as the next version; refused while a suggestion is undecided or a thread open',
  })
  publishRevision(@Args('id', id()) revisionId: string, @CurrentActor() actor: Actor) {
    return this.revisions.publish(actor.userId, revisionId);
  }
}
