import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
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

/** Revisions, review and publishing. Who may act on one revision (its author, its reviewers) is checked in the services. */
@Resolver(() => Revision)
export class ReviewResolver {
  constructor(
    private readonly access: AccessService,
    private readonly users: UsersService,
    private readonly revisions: RevisionsService,
    private readonly reviews: ReviewsService,
    private readonly suggestions: SuggestionsService,
    private readonly history: VersionHistoryService,
  ) {}

  @Query(() => Revision)
  revision(@Args('id', id()) revisionId: string, @CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.RevisionsRead });
    return this.revisions.get(revisionId);
  }

  @Query(() => [Revision], { description: 'My revisions still on their way to publication, latest first' })
  myRevisions(@CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.revisions.openOf(userId);
  }

  @Query(() => [ReviewAssignment], { description: 'Reviews assigned to me and not yet decided, soonest due first' })
  reviewQueue(@CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.ReviewDecide });
    return this.reviews.queueOf(userId);
  }

  @Query(() => [Revision], { description: 'Approved revisions waiting for an editor to publish them' })
  revisionsToPublish(@CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.ContentPublish });
    return this.revisions.approved();
  }

  @Query(() => [Reviewer], { description: 'Everyone who may be asked to review' })
  reviewers(@CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.users.withRole(Role.reviewer);
  }

  @Query(() => [PublishedVersion], { description: 'Every published version of a text, newest first, with its diff and approvals' })
  contentHistory(@Args('kind', { type: () => VersionedKind }) kind: VersionedKind, @Args('contentId', { type: () => ID }) contentId: string, @CurrentActor() actor?: Actor) {
    this.access.require(actor, { permission: Permission.RevisionsRead });
    return this.history.of(kind, contentId);
  }

  @Mutation(() => Revision, { description: 'My open revision of the text, or a new draft of its published version' })
  startRevision(@Args('kind', { type: () => VersionedKind }) kind: VersionedKind, @Args('contentId', { type: () => ID }) contentId: string, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.revisions.start(userId, kind, contentId);
  }

  @Mutation(() => Revision)
  saveRevision(@Args('id', id()) revisionId: string, @Args('input') input: SaveRevisionInput, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.revisions.save(userId, revisionId, input);
  }

  @Mutation(() => Revision)
  submitRevision(
    @Args('id', id()) revisionId: string,
    @Args('reviewerIds', { type: () => [UUID] }) reviewerIds: string[],
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @CurrentActor() actor?: Actor,
  ) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.revisions.submit(userId, revisionId, reviewerIds, dueOn);
  }

  @Mutation(() => Revision)
  withdrawRevision(@Args('id', id()) revisionId: string, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.revisions.withdraw(userId, revisionId);
  }

  @Mutation(() => Revision, { description: 'An assigned reviewer approves or requests changes (with a note)' })
  decideRevision(
    @Args('id', id()) revisionId: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor?: Actor,
  ) {
    const { userId } = this.access.require(actor, { permission: Permission.ReviewDecide });
    return this.reviews.decide(userId, revisionId, decision, note);
  }

  @Mutation(() => ReviewComment, { description: 'A thread on a range of the current text, or a reply (parentId)' })
  commentOnRevision(
    @Args('revisionId', id()) revisionId: string,
    @Args('body') body: string,
    @Args('range', { type: () => RangeInput, nullable: true }) range: RangeInput | undefined,
    @Args('parentId', { type: () => UUID, nullable: true }) parentId: string | undefined,
    @CurrentActor() actor?: Actor,
  ) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsRead });
    return this.reviews.comment(userId, revisionId, body, { range, parentId });
  }

  @Mutation(() => ReviewComment, { description: 'Resolve (true) or reopen (false) a thread' })
  resolveComment(@Args('id', id()) commentId: string, @Args('resolved') resolved: boolean, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsRead });
    return this.reviews.resolveThread(userId, commentId, resolved);
  }

  @Mutation(() => Suggestion)
  suggestEdit(
    @Args('revisionId', id()) revisionId: string,
    @Args('range') range: RangeInput,
    @Args('replacement') replacement: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentActor() actor?: Actor,
  ) {
    const { userId } = this.access.require(actor, { permission: Permission.ReviewDecide });
    return this.suggestions.suggest(userId, revisionId, range, replacement, note);
  }

  @Mutation(() => Suggestion, {
    description: 'The author accepts (applies to the text) or rejects a suggestion; accepting on an approved revision sends it back to the reviewers who approved',
  })
  decideSuggestion(@Args('id', id()) suggestionId: string, @Args('accept') accept: boolean, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.RevisionsWrite });
    return this.suggestions.decide(userId, suggestionId, accept);
  }

  @Mutation(() => Revision, { description: 'An assigned reviewer lets a flagged South Korean term stand, with a reason' })
  acceptTerm(@Args('revisionId', id()) revisionId: string, @Args('southTerm') southTerm: string, @Args('reason') reason: string, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.ReviewDecide });
    return this.reviews.acceptTerm(userId, revisionId, southTerm, reason);
  }

  @Mutation(() => Revision, { description: 'An editor publishes an approved revision as the next version; refused while a suggestion is undecided or a thread open' })
  publishRevision(@Args('id', id()) revisionId: string, @CurrentActor() actor?: Actor) {
    const { userId } = this.access.require(actor, { permission: Permission.ContentPublish });
    return this.revisions.publish(userId, revisionId);
  }
}
