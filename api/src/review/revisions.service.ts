import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { VersionedKind } from '../publishing/content-version.entity';
import { ContentVersionsService } from '../publishing/content-versions.service';
import { TerminologyService } from '../glossary/terminology.service';
import { NotificationKind } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { RoleAssignment } from '../users/role-assignment.entity';
import { Role } from '../access/role.enum';
import { ReviewAssignment, ReviewDecision } from './review-assignment.entity';
import {
  OpenReviewItemsException,
  RevisionStateException,
  SaveConflictException,
  StaleBaseException,
  TerminologyUnresolvedException,
} from './review.exception';
import { openReviewItems } from './review-items';
import { EDITABLE, OPEN, Revision, RevisionStatus } from './revision.entity';
import { today } from '../common/dates';

const MAX_BODY = 200_000;

/** A revision's life as its author drives it: start, save, submit for review, withdraw, publish. */
@Injectable()
export class RevisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: ContentVersionsService,
    private readonly terminology: TerminologyService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async get(id: string, manager: EntityManager = this.db.manager): Promise<Revision> {
    const revision = await manager.findOneBy(Revision, { id });
    if (!revision) throw new NotFoundException({ ko: '수정본', en: 'Revision' }, id);
    return revision;
  }

  /** The author's revisions still on their way to publication, latest first. */
  openOf(authorId: string): Promise<Revision[]> {
    return this.db.getRepository(Revision).find({ where: { authorId, status: In(OPEN) }, order: { updatedAt: 'DESC' } });
  }

  /** Approved revisions waiting to be published, oldest first. */
  approved(): Promise<Revision[]> {
    return this.db.getRepository(Revision).find({ where: { status: RevisionStatus.approved }, order: { updatedAt: 'ASC' } });
  }

  /**
   * The revision read under a row lock (SELECT ... FOR UPDATE) inside the caller's transaction: every state
   * change of a revision, its assignments, suggestions and threads takes this lock first, so two at once run
   * one after the other and the second sees what the first wrote.
   */
  async lock(id: string, manager: EntityManager): Promise<Revision> {
    const revision = await manager.findOne(Revision, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!revision) throw new NotFoundException({ ko: '수정본', en: 'Revision' }, id);
    return revision;
  }

  /** The author's open revision of the text, or a new draft based on its published version. */
  async start(authorId: string, kind: VersionedKind, contentId: string): Promise<Revision> {
    const published = await this.versions.current(kind, contentId);
    const repository = this.db.getRepository(Revision);
    const open = () => repository.findOneBy({ kind, contentId, authorId, status: In(OPEN) });
    const existing = await open();
    if (existing) return existing;
    // A request that loses the race to the unique index of open revisions inserts nothing and reads the winner's.
    await repository
      .createQueryBuilder()
      .insert()
      .values({
        kind,
        contentId,
        authorId,
        baseVersion: published.version,
        title: published.title,
        body: published.body,
        acceptedTerms: [],
      })
      .orIgnore()
      .execute();
    return (await open())!;
  }

  /** Saves the author's text; `saves` is the count the client's text was based on, so a lost update is refused. */
  async save(author: Actor, id: string, text: { title: string; body: string; saves: number }): Promise<Revision> {
    const problems = [
      !text.title.trim() && 'title must not be empty',
      !text.body.trim() && 'body must not be empty',
      text.body.length > MAX_BODY && `body longer than ${MAX_BODY} characters`,
    ];
    if (problems.some(Boolean)) throw new BadUserInputException(problems.filter((p): p is string => Boolean(p)));
    return this.db.transaction(async (manager) => {
      const revision = await this.own(author, id, manager);
      if (!EDITABLE.includes(revision.status)) throw new RevisionStateException('saved', revision.status);
      await this.versions.check(revision.kind, revision.contentId, text.body, manager);
      const result = await manager.update(
        Revision,
        { id, saves: text.saves },
        { title: text.title.trim(), body: text.body, saves: text.saves + 1 },
      );
      if (result.affected !== 1) throw new SaveConflictException(revision.saves);
      return this.get(id, manager);
    });
  }

  /** Sends the revision to reviewers (each a reviewer other than the author) with a due date. */
  async submit(author: Actor, id: string, reviewerIds: string[], dueOn: string): Promise<Revision> {
    const authorId = author.userId;
    const reviewers = [...new Set(reviewerIds)];
    if (reviewers.length === 0) throw new BadUserInputException(['at least one reviewer is required']);
    if (dueOn < today()) throw new BadUserInputException(['dueOn must be a date (YYYY-MM-DD), today or later']);
    if (reviewers.includes(authorId)) throw new BadUserInputException(['the author cannot review their own revision']);
    const qualified = await this.db
      .getRepository(RoleAssignment)
      .find({ where: { userId: In(reviewers), role: In([Role.reviewer]) }, select: { userId: true } });
    const missing = reviewers.filter((r) => !qualified.some((q) => q.userId === r));
    if (missing.length) throw new BadUserInputException([`not reviewers: ${missing.join(', ')}`]);
    return this.db.transaction(async (manager) => {
      const revision = await this.own(author, id, manager);
      if (!EDITABLE.includes(revision.status)) throw new RevisionStateException('submitted', revision.status);
      // A resubmission asks every reviewer again, previous ones included.
      await manager.update(ReviewAssignment, { revisionId: id }, { decision: ReviewDecision.pending, decidedAt: null, note: null });
      await manager.upsert(
        ReviewAssignment,
        reviewers.map((reviewerId) => ({ revisionId: id, reviewerId, dueOn })),
        ['revisionId', 'reviewerId'],
      );
      await manager.update(Revision, { id }, { status: RevisionStatus.in_review });
      await this.audit.record(manager, {
        actorId: authorId,
        action: 'revision.submitted',
        entityType: 'revision',
        entityId: id,
        after: { reviewers, dueOn },
      });
      await this.notifications.notify(manager, reviewers, {
        kind: NotificationKind.review_assigned,
        actorId: authorId,
        subject: revision.title,
        link: `/review/${id}`,
      });
      return this.get(id, manager);
    });
  }

  async withdraw(author: Actor, id: string): Promise<Revision> {
    return this.db.transaction(async (manager) => {
      const revision = await this.own(author, id, manager);
      if (!OPEN.includes(revision.status)) throw new RevisionStateException('withdrawn', revision.status);
      await manager.update(Revision, { id }, { status: RevisionStatus.withdrawn });
      return this.get(id, manager);
    });
  }

  /**
   * Publishes an approved revision as the next version, with its approvals. Refused while terms are unresolved,
   * a suggestion is undecided or a thread is open, so nothing a reviewer raised is dropped silently.
   */
  async publish(editorId: string, id: string): Promise<Revision> {
    // The terminology check reads the glossary on its own connection, so it runs before the transaction; the
    // lock below then makes sure the text it checked is still the text being published.
    const checked = await this.get(id);
    if (checked.status !== RevisionStatus.approved) throw new RevisionStateException('published', checked.status);
    const unresolved = await this.unresolvedTerms(checked);
    if (unresolved.length) throw new TerminologyUnresolvedException(unresolved);
    return this.db.transaction(async (manager) => {
      const revision = await this.lock(id, manager);
      if (revision.status !== RevisionStatus.approved) throw new RevisionStateException('published', revision.status);
      if (revision.saves !== checked.saves) throw new RevisionStateException('published', 'changed meanwhile');
      const open = await openReviewItems(manager, id);
      if (open.suggestions.length || open.threads.length) throw new OpenReviewItemsException(open.suggestions, open.threads);
      const current = await this.versions.current(revision.kind, revision.contentId, manager);
      if (current.version !== revision.baseVersion) throw new StaleBaseException(revision.baseVersion, current.version);
      const approvals = await manager.find(ReviewAssignment, { where: { revisionId: id }, order: { decidedAt: 'ASC' } });
      const meta = {
        revisionId: id,
        authorId: revision.authorId,
        publishedBy: editorId,
        approvals: approvals.map((a) => ({ reviewerId: a.reviewerId, at: a.decidedAt })),
        acceptedTerms: revision.acceptedTerms,
      };
      const version = await this.versions.publish(manager, revision.kind, revision.contentId, revision, meta);
      await manager.update(Revision, { id }, { status: RevisionStatus.published, publishedVersion: version });
      await this.audit.record(manager, {
        actorId: editorId,
        action: 'content.published',
        entityType: revision.kind,
        entityId: revision.contentId,
        before: { version: current.version },
        after: { version, ...meta },
      });
      const everyone = [revision.authorId, ...approvals.map((a) => a.reviewerId)];
      await this.notifications.notify(manager, everyone, {
        kind: NotificationKind.published,
        actorId: editorId,
        subject: revision.title,
        link: `/review/${id}`,
      });
      return this.get(id, manager);
    });
  }

  /** South Korean terms (sourced or confirmed entries) still in the text and not accepted by a reviewer. */
  async unresolvedTerms(revision: Revision): Promise<string[]> {
    const findings = await this.terminology.check(revision.body, false);
    const accepted = new Set(revision.acceptedTerms.map((t) => t.southTerm));
    return [...new Set(findings.map((f) => f.southTerm))].filter((term) => !accepted.has(term));
  }

  /** The revision, locked, if the user wrote it. */
  private async own(author: Actor, id: string, manager: EntityManager): Promise<Revision> {
    const revision = await this.lock(id, manager);
    this.access.requireResource(author, Permission.RevisionsWrite, { ownerId: revision.authorId });
    return revision;
  }
}
