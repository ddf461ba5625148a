import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { anchorAt, locate, type Range } from './anchor';
import { ReviewAssignment, ReviewDecision } from './review-assignment.entity';
import { AlreadyDecidedException, AnchorLostException, RevisionStateException, SelfReviewException } from './review.exception';
import { MAX_NOTE, ReviewsService } from './reviews.service';
import { EDITABLE, Revision, RevisionStatus } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { Suggestion, SuggestionStatus } from './suggestion.entity';

/** Where the author may still decide a suggestion: while editing, under review (reject only), and once approved. */
const DECIDABLE: RevisionStatus[] = [...EDITABLE, RevisionStatus.in_review, RevisionStatus.approved];

/** Reviewers' suggested edits and the author's one-click decisions on them. */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revisions: RevisionsService,
    private readonly reviews: ReviewsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  /** A reviewer's replacement text for a range of the current text. */
  async suggest(reviewer: Actor, revisionId: string, range: Range, replacement: string, note?: string): Promise<Suggestion> {
    const reviewerId = reviewer.userId;
    if (replacement.length > MAX_NOTE) throw new BadUserInputException([`replacement longer than ${MAX_NOTE} characters`]);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.lock(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      await this.reviews.assignment(reviewer, revisionId, manager);
      if (![RevisionStatus.in_review, RevisionStatus.changes_requested].includes(revision.status))
        throw new RevisionStateException('given suggestions', revision.status);
      const anchor = anchorAt(revision.body, this.reviews.checkedRange(revision.body, range));
      if (anchor.quote === replacement) throw new BadUserInputException(['the replacement equals the quoted text']);
      const suggestion = await manager.save(Suggestion, {
        revisionId,
        authorId: reviewerId,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchorStart: anchor.start,
        replacement,
        note: note?.trim() || null,
      });
      await this.notifications.notify(manager, [revision.authorId], {
        kind: NotificationKind.suggestion,
        actorId: reviewerId,
        subject: revision.title,
        link: `/review/${revisionId}`,
      });
      return suggestion;
    });
  }

  /**
   * The author applies a suggestion to the text where its quote is now (one click), or rejects it. Accepting on
   * an approved revision changes the approved text, so it goes back to review: the reviewers who approved are
   * asked again (as in Gerrit or Google Docs' suggestion mode); rejecting changes no text and needs no new approval.
   */
  async decide(author: Actor, suggestionId: string, accept: boolean): Promise<Suggestion> {
    const authorId = author.userId;
    return this.db.transaction(async (manager) => {
      const found = await manager.findOneBy(Suggestion, { id: suggestionId });
      if (!found) throw new NotFoundException({ ko: '제안', en: 'Suggestion' }, suggestionId);
      const revision = await this.revisions.lock(found.revisionId, manager);
      this.access.requireResource(author, Permission.RevisionsWrite, { ownerId: revision.authorId });
      // Read again under the revision's lock: another request may have decided it while this one waited.
      const suggestion = await manager.findOneByOrFail(Suggestion, { id: suggestionId });
      if (suggestion.status !== SuggestionStatus.pending) throw new AlreadyDecidedException('suggestion', suggestion.status);
      if (!DECIDABLE.includes(revision.status) || (accept && revision.status === RevisionStatus.in_review)) {
        throw new RevisionStateException(accept ? 'edited' : 'changed', revision.status);
      }
      const reasked = accept ? await this.apply(manager, revision, suggestion) : [];
      const change = { status: accept ? SuggestionStatus.accepted : SuggestionStatus.rejected, decidedAt: new Date() };
      await manager.update(Suggestion, { id: suggestionId }, change);
      await this.audit.record(manager, {
        actorId: authorId,
        action: `suggestion.${change.status}`,
        entityType: 'revision',
        entityId: revision.id,
        before: { status: revision.status },
        after: { suggestionId, status: reasked.length ? RevisionStatus.in_review : revision.status, reapprovalFrom: reasked },
      });
      if (reasked.length)
        await this.notifications.notify(manager, reasked, {
          kind: NotificationKind.review_assigned,
          actorId: authorId,
          subject: revision.title,
          link: `/review/${revision.id}`,
        });
      return { ...suggestion, ...change };
    });
  }

  /** Replaces the quote where it is now; on an approved revision, resets the approvals. Returns the reviewers asked again. */
  private async apply(manager: EntityManager, revision: Revision, suggestion: Suggestion): Promise<string[]> {
    const range = locate(revision.body, {
      quote: suggestion.quote,
      prefix: suggestion.prefix,
      suffix: suggestion.suffix,
      start: suggestion.anchorStart,
    });
    if (!range) throw new AnchorLostException(suggestion.quote);
    const body = revision.body.slice(0, range.start) + suggestion.replacement + revision.body.slice(range.end);
    if (revision.status !== RevisionStatus.approved) {
      await manager.update(Revision, { id: revision.id }, { body, saves: revision.saves + 1 });
      return [];
    }
    const approved = await manager.findBy(ReviewAssignment, { revisionId: revision.id, decision: ReviewDecision.approved });
    await manager.update(
      ReviewAssignment,
      { revisionId: revision.id, decision: ReviewDecision.approved },
      { decision: ReviewDecision.pending, decidedAt: null, note: null },
    );
    await manager.update(Revision, { id: revision.id }, { body, saves: revision.saves + 1, status: RevisionStatus.in_review });
    return approved.map((a) => a.reviewerId);
  }
}
