import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, ForbiddenException, NotFoundException } from '../common/domain.exception';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { anchorAt, locate, type Range } from './anchor';
import { ReviewAssignment, ReviewDecision } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { AnchorLostException, RevisionStateException, SelfReviewException } from './review.exception';
import { EDITABLE, Revision, RevisionStatus } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { Suggestion, SuggestionStatus } from './suggestion.entity';

const MAX_NOTE = 10_000;

/** What reviewers do with a revision: decide, comment in threads, suggest edits, accept terms. */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revisions: RevisionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** Approve or request changes (with a note); when every reviewer approved, the revision is approved. */
  async decide(reviewerId: string, revisionId: string, decision: ReviewDecision, note?: string): Promise<Revision> {
    if (decision === ReviewDecision.pending) throw new BadUserInputException(['decision must be approved or changes_requested']);
    if (decision === ReviewDecision.changes_requested && !note?.trim()) throw new BadUserInputException(['say what to change in the note']);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.get(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      const assignment = await this.assignment(reviewerId, revisionId, manager);
      if (revision.status !== RevisionStatus.in_review) throw new RevisionStateException('reviewed', revision.status);
      await manager.update(ReviewAssignment, { id: assignment.id }, { decision, note: note?.trim() || null, decidedAt: new Date() });
      const all = await manager.findBy(ReviewAssignment, { revisionId });
      const status = decision === ReviewDecision.changes_requested
        ? RevisionStatus.changes_requested
        : all.every((a) => a.decision === ReviewDecision.approved) ? RevisionStatus.approved : RevisionStatus.in_review;
      await manager.update(Revision, { id: revisionId }, { status });
      await this.audit.record(manager, { actorId: reviewerId, action: `revision.${decision}`, entityType: 'revision', entityId: revisionId, reason: note?.trim() || undefined });
      const kind = status === RevisionStatus.changes_requested ? NotificationKind.changes_requested : status === RevisionStatus.approved ? NotificationKind.approved : null;
      if (kind) await this.notifications.notify(manager, [revision.authorId], { kind, actorId: reviewerId, subject: revision.title, link: `/review/${revisionId}` });
      return this.revisions.get(revisionId, manager);
    });
  }

  /** A new thread on a range of the current text, or a reply to a thread (author and assigned reviewers). */
  async comment(userId: string, revisionId: string, body: string, at: { range?: Range; parentId?: string }): Promise<ReviewComment> {
    if (!body.trim() || body.length > MAX_NOTE) throw new BadUserInputException([`body must have 1-${MAX_NOTE} characters`]);
    return this.db.transaction(async (manager) => {
      const revision = await this.participant(userId, revisionId, manager);
      let anchor = { quote: '', prefix: '', suffix: '', start: 0 };
      if (at.parentId) {
        const parent = await manager.findOneBy(ReviewComment, { id: at.parentId, revisionId });
        if (!parent || parent.parentId) throw new BadUserInputException(['parentId must be a thread of this revision']);
      } else {
        anchor = anchorAt(revision.body, this.checkedRange(revision.body, at.range));
      }
      const comment = await manager.save(ReviewComment, {
        revisionId, parentId: at.parentId ?? null, authorId: userId, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, anchorStart: anchor.start, body: body.trim(),
      });
      await this.notifications.notify(manager, await this.participants(revision, manager), { kind: NotificationKind.comment, actorId: userId, subject: revision.title, link: `/review/${revisionId}` });
      return comment;
    });
  }

  async resolveThread(userId: string, commentId: string, resolved: boolean): Promise<ReviewComment> {
    const thread = await this.db.getRepository(ReviewComment).findOneBy({ id: commentId });
    if (!thread) throw new NotFoundException({ ko: '의견', en: 'Comment' }, commentId);
    if (thread.parentId) throw new BadUserInputException(['only a thread (its first comment) is resolved or reopened']);
    await this.participant(userId, thread.revisionId);
    const change = resolved ? { resolvedAt: new Date(), resolvedBy: userId } : { resolvedAt: null, resolvedBy: null };
    await this.db.getRepository(ReviewComment).update({ id: commentId }, change);
    return { ...thread, ...change };
  }

  /** A reviewer's replacement text for a range of the current text. */
  async suggest(reviewerId: string, revisionId: string, range: Range, replacement: string, note?: string): Promise<Suggestion> {
    if (replacement.length > MAX_NOTE) throw new BadUserInputException([`replacement longer than ${MAX_NOTE} characters`]);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.get(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      await this.assignment(reviewerId, revisionId, manager);
      if (![RevisionStatus.in_review, RevisionStatus.changes_requested].includes(revision.status)) throw new RevisionStateException('given suggestions', revision.status);
      const anchor = anchorAt(revision.body, this.checkedRange(revision.body, range));
      if (anchor.quote === replacement) throw new BadUserInputException(['the replacement equals the quoted text']);
      const suggestion = await manager.save(Suggestion, {
        revisionId, authorId: reviewerId, quote: anchor.quote, prefix: anchor.prefix, suffix: anchor.suffix, anchorStart: anchor.start, replacement, note: note?.trim() || null,
      });
      await this.notifications.notify(manager, [revision.authorId], { kind: NotificationKind.suggestion, actorId: reviewerId, subject: revision.title, link: `/review/${revisionId}` });
      return suggestion;
    });
  }

  /** The author applies a suggestion to the text where its quote is now (one click), or rejects it. */
  async decideSuggestion(authorId: string, suggestionId: string, accept: boolean): Promise<Suggestion> {
    return this.db.transaction(async (manager) => {
      const suggestion = await manager.findOneBy(Suggestion, { id: suggestionId });
      if (!suggestion) throw new NotFoundException({ ko: '제안', en: 'Suggestion' }, suggestionId);
      const revision = await this.revisions.get(suggestion.revisionId, manager);
      if (revision.authorId !== authorId) throw new ForbiddenException();
      if (suggestion.status !== SuggestionStatus.pending) throw new BadUserInputException([`the suggestion is already ${suggestion.status}`]);
      if (accept) {
        if (!EDITABLE.includes(revision.status)) throw new RevisionStateException('edited', revision.status);
        const range = locate(revision.body, { quote: suggestion.quote, prefix: suggestion.prefix, suffix: suggestion.suffix, start: suggestion.anchorStart });
        if (!range) throw new AnchorLostException(suggestion.quote);
        const body = revision.body.slice(0, range.start) + suggestion.replacement + revision.body.slice(range.end);
        await manager.update(Revision, { id: revision.id }, { body, saves: revision.saves + 1 });
      }
      const change = { status: accept ? SuggestionStatus.accepted : SuggestionStatus.rejected, decidedAt: new Date() };
      await manager.update(Suggestion, { id: suggestionId }, change);
      return { ...suggestion, ...change };
    });
  }

  /** An assigned reviewer lets a flagged term stand, with the reason, so it no longer blocks publishing. */
  async acceptTerm(reviewerId: string, revisionId: string, southTerm: string, reason: string): Promise<Revision> {
    if (!southTerm.trim() || !reason.trim()) throw new BadUserInputException(['southTerm and reason are required']);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.get(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      await this.assignment(reviewerId, revisionId, manager);
      const acceptedTerms = [...revision.acceptedTerms.filter((t) => t.southTerm !== southTerm.trim()), { southTerm: southTerm.trim(), reason: reason.trim(), reviewerId, at: new Date().toISOString() }];
      await manager.update(Revision, { id: revisionId }, { acceptedTerms });
      await this.audit.record(manager, { actorId: reviewerId, action: 'revision.term_accepted', entityType: 'revision', entityId: revisionId, after: { southTerm }, reason });
      return this.revisions.get(revisionId, manager);
    });
  }

  /** The revision, if the user is its author or one of its reviewers. */
  async participant(userId: string, revisionId: string, manager: EntityManager = this.db.manager): Promise<Revision> {
    const revision = await this.revisions.get(revisionId, manager);
    if (revision.authorId !== userId && !(await manager.existsBy(ReviewAssignment, { revisionId, reviewerId: userId }))) throw new ForbiddenException();
    return revision;
  }

  private async participants(revision: Revision, manager: EntityManager): Promise<string[]> {
    const assignments = await manager.findBy(ReviewAssignment, { revisionId: revision.id });
    return [revision.authorId, ...assignments.map((a) => a.reviewerId)];
  }

  private async assignment(reviewerId: string, revisionId: string, manager: EntityManager): Promise<ReviewAssignment> {
    const assignment = await manager.findOneBy(ReviewAssignment, { revisionId, reviewerId });
    if (!assignment) throw new ForbiddenException();
    return assignment;
  }

  private checkedRange(body: string, range: Range | undefined): Range {
    if (!range || !Number.isInteger(range.start) || !Number.isInteger(range.end) || range.start < 0 || range.end > body.length || range.start >= range.end) {
      throw new BadUserInputException([`range must lie within the text (0-${body.length}) and not be empty`]);
    }
    return range;
  }
}
