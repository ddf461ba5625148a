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
import { anchorAt, type Range } from './anchor';
import { ReviewAssignment, ReviewDecision } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { AlreadyDecidedException, RevisionStateException, SelfReviewException, ThreadStateException } from './review.exception';
import { OPEN, Revision, RevisionStatus } from './revision.entity';
import { RevisionsService } from './revisions.service';

export const MAX_NOTE = 10_000;

/**
 * What reviewers do with a revision: decide, comment in threads, accept terms (suggestions: SuggestionsService).
 * Every change locks the revision first (RevisionsService.lock), so concurrent requests apply one at a time.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly revisions: RevisionsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  /** The reviewer's assignments not yet decided, soonest due first. */
  queueOf(reviewerId: string): Promise<ReviewAssignment[]> {
    return this.db
      .getRepository(ReviewAssignment)
      .find({ where: { reviewerId, decision: ReviewDecision.pending }, order: { dueOn: 'ASC' } });
  }

  /**
   * Approve or request changes (with a note); when every reviewer approved, the revision is approved. The same
   * decision twice (a double click, two tabs) counts once: the second is refused with ALREADY_DECIDED.
   */
  async decide(reviewer: Actor, revisionId: string, decision: ReviewDecision, note?: string): Promise<Revision> {
    const reviewerId = reviewer.userId;
    if (decision === ReviewDecision.pending) throw new BadUserInputException(['decision must be approved or changes_requested']);
    if (decision === ReviewDecision.changes_requested && !note?.trim()) throw new BadUserInputException(['say what to change in the note']);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.lock(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      const assignment = await this.assignment(reviewer, revisionId, manager);
      if (revision.status !== RevisionStatus.in_review) throw new RevisionStateException('reviewed', revision.status);
      if (assignment.decision === decision) throw new AlreadyDecidedException('revision', decision);
      await manager.update(ReviewAssignment, { id: assignment.id }, { decision, note: note?.trim() || null, decidedAt: new Date() });
      const all = await manager.findBy(ReviewAssignment, { revisionId });
      const status =
        decision === ReviewDecision.changes_requested
          ? RevisionStatus.changes_requested
          : all.every((a) => a.decision === ReviewDecision.approved)
            ? RevisionStatus.approved
            : RevisionStatus.in_review;
      if (status !== revision.status) await manager.update(Revision, { id: revisionId }, { status });
      await this.audit.record(manager, {
        actorId: reviewerId,
        action: `revision.${decision}`,
        entityType: 'revision',
        entityId: revisionId,
        reason: note?.trim() || undefined,
      });
      const kind =
        status === RevisionStatus.changes_requested
          ? NotificationKind.changes_requested
          : status === RevisionStatus.approved
            ? NotificationKind.approved
            : null;
      if (kind)
        await this.notifications.notify(manager, [revision.authorId], {
          kind,
          actorId: reviewerId,
          subject: revision.title,
          link: `/review/${revisionId}`,
        });
      return this.revisions.get(revisionId, manager);
    });
  }

  /** A new thread on a range of the current text, or a reply to a thread (author and assigned reviewers). */
  async comment(actor: Actor, revisionId: string, body: string, at: { range?: Range; parentId?: string }): Promise<ReviewComment> {
    const { userId } = actor;
    if (!body.trim() || body.length > MAX_NOTE) throw new BadUserInputException([`body must have 1-${MAX_NOTE} characters`]);
    return this.db.transaction(async (manager) => {
      // Locked, so a thread opened while the revision is being published is either seen by publishing or comes after it.
      const revision = await this.participant(actor, revisionId, manager, true);
      // A published or withdrawn revision is history: a new remark belongs on a new revision.
      if (!OPEN.includes(revision.status)) throw new RevisionStateException('commented on', revision.status);
      let anchor = { quote: '', prefix: '', suffix: '', start: 0 };
      if (at.parentId) {
        const parent = await manager.findOneBy(ReviewComment, { id: at.parentId, revisionId });
        if (!parent || parent.parentId) throw new BadUserInputException(['parentId must be a thread of this revision']);
      } else {
        anchor = anchorAt(revision.body, this.checkedRange(revision.body, at.range));
      }
      const comment = await manager.save(ReviewComment, {
        revisionId,
        parentId: at.parentId ?? null,
        authorId: userId,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchorStart: anchor.start,
        body: body.trim(),
      });
      await this.notifications.notify(manager, await this.participants(revision, manager), {
        kind: NotificationKind.comment,
        actorId: userId,
        subject: revision.title,
        link: `/review/${revisionId}`,
      });
      return comment;
    });
  }

  /** Resolve or reopen a thread (author and assigned reviewers); doing what is already done is refused. */
  async resolveThread(actor: Actor, commentId: string, resolved: boolean): Promise<ReviewComment> {
    const { userId } = actor;
    return this.db.transaction(async (manager) => {
      const found = await manager.findOneBy(ReviewComment, { id: commentId });
      if (!found) throw new NotFoundException({ ko: '의견', en: 'Comment' }, commentId);
      if (found.parentId) throw new BadUserInputException(['only a thread (its first comment) is resolved or reopened']);
      const revision = await this.participant(actor, found.revisionId, manager, true);
      if (!OPEN.includes(revision.status)) throw new RevisionStateException(resolved ? 'resolved' : 'reopened', revision.status);
      // Read again under the revision's lock: another request may have changed it while this one waited.
      const thread = await manager.findOneByOrFail(ReviewComment, { id: commentId });
      if ((thread.resolvedAt !== null) === resolved) throw new ThreadStateException(resolved);
      const change = resolved ? { resolvedAt: new Date(), resolvedBy: userId } : { resolvedAt: null, resolvedBy: null };
      await manager.update(ReviewComment, { id: commentId }, change);
      await this.audit.record(manager, {
        actorId: userId,
        action: resolved ? 'comment.resolved' : 'comment.reopened',
        entityType: 'revision',
        entityId: thread.revisionId,
        after: { commentId },
      });
      return { ...thread, ...change };
    });
  }

  /** An assigned reviewer lets a flagged term stand, with the reason, so it no longer blocks publishing. */
  async acceptTerm(reviewer: Actor, revisionId: string, southTerm: string, reason: string): Promise<Revision> {
    const reviewerId = reviewer.userId;
    if (!southTerm.trim() || !reason.trim()) throw new BadUserInputException(['southTerm and reason are required']);
    return this.db.transaction(async (manager) => {
      const revision = await this.revisions.lock(revisionId, manager);
      if (revision.authorId === reviewerId) throw new SelfReviewException();
      await this.assignment(reviewer, revisionId, manager);
      const acceptedTerms = [
        ...revision.acceptedTerms.filter((t) => t.southTerm !== southTerm.trim()),
        { southTerm: southTerm.trim(), reason: reason.trim(), reviewerId, at: new Date().toISOString() },
      ];
      await manager.update(Revision, { id: revisionId }, { acceptedTerms });
      await this.audit.record(manager, {
        actorId: reviewerId,
        action: 'revision.term_accepted',
        entityType: 'revision',
        entityId: revisionId,
        after: { southTerm },
        reason,
      });
      return this.revisions.get(revisionId, manager);
    });
  }

  /** The revision (locked if asked, inside the caller's transaction), if the user is its author or one of its reviewers. */
  async participant(actor: Actor, revisionId: string, manager: EntityManager = this.db.manager, lock = false): Promise<Revision> {
    const revision = lock ? await this.revisions.lock(revisionId, manager) : await this.revisions.get(revisionId, manager);
    const assigned = await manager.existsBy(ReviewAssignment, { revisionId, reviewerId: actor.userId });
    this.access.requireResource(actor, Permission.RevisionsRead, {
      ownerId: revision.authorId,
      assigneeIds: assigned ? [actor.userId] : [],
    });
    return revision;
  }

  async participants(revision: Revision, manager: EntityManager): Promise<string[]> {
    const assignments = await manager.findBy(ReviewAssignment, { revisionId: revision.id });
    return [revision.authorId, ...assignments.map((a) => a.reviewerId)];
  }

  /** The reviewer's assignment to the revision: only assigned reviewers decide, suggest and accept terms. */
  async assignment(reviewer: Actor, revisionId: string, manager: EntityManager): Promise<ReviewAssignment> {
    const assignment = await manager.findOneBy(ReviewAssignment, { revisionId, reviewerId: reviewer.userId });
    this.access.requireResource(reviewer, Permission.ReviewDecide, { assigneeIds: assignment ? [assignment.reviewerId] : [] });
    return assignment!;
  }

  checkedRange(body: string, range: Range | undefined): Range {
    if (
      !range ||
      !Number.isInteger(range.start) ||
      !Number.isInteger(range.end) ||
      range.start < 0 ||
      range.end > body.length ||
      range.start >= range.end
    ) {
      throw new BadUserInputException([`range must lie within the text (0-${body.length}) and not be empty`]);
    }
    return range;
  }
}
