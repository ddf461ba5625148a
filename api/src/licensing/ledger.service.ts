import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { CompletionReader } from '../learning/completion-reader';
import { CreditEntry, CreditSource } from './credit-entry.entity';
import type { LicenceType } from './licence-type.entity';
import type { Licence } from './licence.entity';
import { AlreadyReversedException, ReasonRequiredException } from './licensing.exception';
import { isUniqueViolation } from '../common/unique-violation';
import type { Eligibility } from './licensing.model';
import type { Worker } from './worker.entity';
import { today } from '../common/dates';

const round = (n: number) => Math.round(n * 100) / 100;

/** A worker's credit ledger: append-only lines, course completions entered once each, eligibility computed. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly completions: CompletionReader,
  ) {}

  /** Enters the worker's course completions not yet in the ledger; idempotent (one line per course). */
  async syncCompletions(manager: EntityManager, workerIds: string[]): Promise<void> {
    if (workerIds.length === 0) return;
    const accounts: { id: string; user_id: string }[] = await manager.query(
      `SELECT id, user_id FROM worker WHERE id = ANY($1) AND user_id IS NOT NULL`,
      [workerIds],
    );
    const workerOf = new Map(accounts.map((a) => [a.user_id, a.id]));
    const credits = await this.completions.courseCredits([...workerOf.keys()], manager);
    if (credits.length === 0) return;
    await manager.query(
      `INSERT INTO credit_entry (worker_id, source, hours, topic, earned_on, course_id, note)
       SELECT c.worker_id, 'course_completion', c.hours, c.topic, c.earned_on, c.course_id, NULL
       FROM unnest($1::uuid[], $2::numeric[], $3::varchar[], $4::date[], $5::varchar[]) AS c(worker_id, hours, topic, earned_on, course_id)
       ON CONFLICT (worker_id, course_id) WHERE source = 'course_completion' DO NOTHING`,
      [
        credits.map((c) => workerOf.get(c.userId)),
        credits.map((c) => c.hours),
        credits.map((c) => c.topic),
        credits.map((c) => c.completedOn),
        credits.map((c) => c.courseId),
      ],
    );
  }

  async entries(workerId: string): Promise<CreditEntry[]> {
    await this.syncCompletions(this.db.manager, [workerId]);
    return this.db.getRepository(CreditEntry).find({ where: { workerId }, order: { earnedOn: 'DESC', createdAt: 'DESC' } });
  }

  async workerOf(entryId: string): Promise<string> {
    const entry = await this.db.getRepository(CreditEntry).findOne({ where: { id: entryId }, select: { workerId: true } });
    if (!entry) throw new NotFoundException({ ko: '학점기록', en: 'Credit entry' }, entryId);
    return entry.workerId;
  }

  async addManual(
    actorId: string,
    worker: Worker,
    input: { hours: number; topic: string; earnedOn: string; note: string },
  ): Promise<CreditEntry> {
    const problems = [
      !(input.hours > 0 && input.hours <= 200) && 'hours must be between 0 and 200',
      input.earnedOn > today() && 'earnedOn is in the future',
      !input.topic.trim() && 'topic is required',
    ].filter((p): p is string => typeof p === 'string');
    if (problems.length) throw new BadUserInputException(problems);
    if (!input.note?.trim()) throw new ReasonRequiredException();
    return this.db.transaction(async (manager) => {
      const entry = await manager.save(CreditEntry, {
        workerId: worker.id,
        source: CreditSource.manual,
        hours: input.hours,
        topic: input.topic.trim(),
        earnedOn: input.earnedOn,
        courseId: null,
        note: input.note.trim(),
        reversesId: null,
        createdBy: actorId,
      });
      await this.audit.record(manager, {
        actorId,
        action: 'credit.added',
        entityType: 'credit_entry',
        entityId: entry.id,
        after: { ...entry },
      });
      return entry;
    });
  }

  /** A correction: a new line with the opposite hours; the original stays as it was. */
  async reverse(actorId: string, entryId: string, reason: string): Promise<CreditEntry> {
    if (!reason?.trim()) throw new ReasonRequiredException();
    return this.db
      .transaction(async (manager) => {
        // Locked, so a concurrent reversal of the same line waits here and then finds this one's reversal.
        const original = await manager.findOne(CreditEntry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
        if (!original) throw new NotFoundException({ ko: '학점기록', en: 'Credit entry' }, entryId);
        if (original.source === CreditSource.reversal) throw new BadUserInputException(['a reversal cannot be reversed']);
        if (await manager.existsBy(CreditEntry, { reversesId: entryId })) throw new AlreadyReversedException();
        const entry = await manager.save(CreditEntry, {
          workerId: original.workerId,
          source: CreditSource.reversal,
          hours: -original.hours,
          topic: original.topic,
          earnedOn: original.earnedOn,
          courseId: null,
          note: reason.trim(),
          reversesId: original.id,
          createdBy: actorId,
        });
        await this.audit.record(manager, {
          actorId,
          action: 'credit.reversed',
          entityType: 'credit_entry',
          entityId: original.id,
          after: { ...entry },
          reason,
        });
        return entry;
      })
      .catch((error: unknown) => {
        // The unique reverses_id is the last word should the lock ever be bypassed.
        throw isUniqueViolation(error) ? new AlreadyReversedException() : error;
      });
  }

  /**
   * Credits earned in the licence's current cycle against its type's requirement, overall and per topic. The
   * cycle runs from its start to the expiry: from issue (expiry less the validity), or from the last renewal. A
   * line earned on the renewal day counts in the new cycle only if written after the renewal, so none counts twice.
   */
  async eligibility(licence: Licence, type: LicenceType, manager = this.db.manager): Promise<Eligibility> {
    const cycleStart = licence.cycleStartedAt ? licence.issuedOn : shiftYears(licence.expiresOn, -type.validityYears);
    await this.syncCompletions(manager, [licence.workerId]);
    const rows: { topic: string; hours: string }[] = await manager.query(
      `SELECT topic, sum(hours) AS hours FROM credit_entry
       WHERE worker_id = $1 AND earned_on <= $3 AND (earned_on > $2 OR (earned_on = $2 AND created_at > $4::timestamptz))
       GROUP BY topic`,
      [licence.workerId, cycleStart, licence.expiresOn, licence.cycleStartedAt],
    );
    const byTopic = new Map(rows.map((r) => [r.topic, Number(r.hours)]));
    const earned = round([...byTopic.values()].reduce((a, b) => a + b, 0));
    const topics = type.topicMinimums.map((m) => {
      const got = round(byTopic.get(m.topic) ?? 0);
      return { topic: m.topic, required: m.hours, earned: got, remaining: round(Math.max(0, m.hours - got)) };
    });
    const remaining = round(
      Math.max(
        0,
        type.creditsPerCycle - earned,
        topics.reduce((n, t) => n + t.remaining, 0),
      ),
    );
    return {
      cycleStart,
      deadline: licence.expiresOn,
      required: type.creditsPerCycle,
      earned,
      remaining,
      topics,
      eligible: remaining === 0,
    };
  }
}

export function shiftYears(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
