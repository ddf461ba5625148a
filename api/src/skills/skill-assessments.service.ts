import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { Checklist } from '../curricula/checklist.entity';
import { CompletionService } from '../learning/completion.service';
import { WorkersService } from '../licensing/workers.service';
import { SkillAssessment } from './skill-assessment.entity';
import { SkillOutcome } from './skill-outcome.enum';
import { ClientIdReusedException, NoWorkerRecordException, OutcomeMismatchException } from './skills.exception';
import type { RecordSkillAssessmentInput } from './skills.inputs';
import { today } from '../common/dates';

const NOTE_MAX = 2000;

/** The outcome the checklist's rule gives: pass when no critical step was missed. */
export function outcomeOf(checklist: Pick<Checklist, 'steps'>, missedSteps: number[]): SkillOutcome {
  const missedCritical = checklist.steps.some((s) => s.critical && missedSteps.includes(s.number));
  return missedCritical ? SkillOutcome.NEEDS_PRACTICE : SkillOutcome.PASS;
}

/** Problems with the input that do not need the database: step numbers, date, note, whom it is about. */
export function inputProblems(input: RecordSkillAssessmentInput, stepCount: number): string[] {
  const problems: string[] = [];
  if (!input.workerId === !input.traineeId) problems.push('name the worker by exactly one of workerId and traineeId');
  const bad = input.missedSteps.filter((n) => !Number.isInteger(n) || n < 1 || n > stepCount);
  if (bad.length) problems.push(`missedSteps must be step numbers 1-${stepCount}: ${bad.join(', ')}`);
  if (new Set(input.missedSteps).size !== input.missedSteps.length) problems.push('missedSteps lists a step twice');
  if (input.assessedOn > today()) problems.push(`assessedOn ${input.assessedOn} is in the future`);
  if ((input.note?.length ?? 0) > NOTE_MAX) problems.push(`note is longer than ${NOTE_MAX} characters`);
  return problems;
}

/**
 * Skills assessments: supervisors (their region) and admins (anywhere) record them for workers; a pass may
 * complete a curriculum that requires the checklist. Each recording is audited; the client's key makes a
 * re-sent submission return the first one instead of a second record.
 */
@Injectable()
export class SkillAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly workers: WorkersService,
    private readonly completion: CompletionService,
  ) {}

  async record(actor: Actor | undefined, input: RecordSkillAssessmentInput): Promise<SkillAssessment> {
    const signedIn = this.access.require(actor, { permission: Permission.SkillsAssess });
    const checklist = await this.db.getRepository(Checklist).findOneBy({ id: input.checklistId });
    if (!checklist) throw new NotFoundException({ ko: '실기점검표', en: 'Skills checklist' }, input.checklistId);
    const problems = inputProblems(input, checklist.steps.length);
    if (problems.length) throw new BadUserInputException(problems);
    const { worker } = await this.workers.require(
      signedIn,
      Permission.SkillsAssess,
      input.workerId ?? (await this.workerOf(input.traineeId!)),
    );
    const [facility]: { path: string }[] = await this.db.query(
      `SELECT r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.id = $1`,
      [input.facilityId],
    );
    if (!facility) throw new NotFoundException({ ko: '병원', en: 'Facility' }, input.facilityId);
    this.access.requireResource(signedIn, Permission.SkillsAssess, { regionPath: facility.path });
    const expected = outcomeOf(checklist, input.missedSteps);
    if (input.outcome !== expected) throw new OutcomeMismatchException(expected);

    let completed: string[] = [];
    const saved = await this.db.transaction(async (manager) => {
      const [inserted]: { id: string }[] = await manager.query(
        `INSERT INTO skill_assessment (worker_id, checklist_id, checklist_version, outcome, assessed_on, facility_id, missed_steps, note, recorded_by, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (recorded_by, client_id) DO NOTHING RETURNING id`,
        [
          worker.id,
          checklist.id,
          checklist.version,
          input.outcome,
          input.assessedOn,
          input.facilityId,
          [...input.missedSteps].sort((a, b) => a - b),
          input.note?.trim() || null,
          signedIn.userId,
          input.clientId,
        ],
      );
      if (!inserted) return this.resent(manager, signedIn.userId, input, worker.id);
      const row = await manager.findOneByOrFail(SkillAssessment, { id: inserted.id });
      await this.audit.record(manager, {
        actorId: signedIn.userId,
        action: 'skill.assessed',
        entityType: 'worker',
        entityId: worker.id,
        after: {
          assessmentId: row.id,
          checklistId: row.checklistId,
          checklistVersion: row.checklistVersion,
          outcome: row.outcome,
          assessedOn: row.assessedOn,
          facilityId: row.facilityId,
          missedSteps: row.missedSteps,
        },
      });
      if (row.outcome === SkillOutcome.PASS && worker.userId)
        completed = await this.completeCurricula(manager, worker.userId, checklist.id);
      return row;
    });
    if (worker.userId) await this.completion.announce(worker.userId, completed);
    return saved;
  }

  /** Assessments of a worker, newest first, for supervisors of their region and admins. */
  async ofWorker(actor: Actor | undefined, workerId: string): Promise<SkillAssessment[]> {
    await this.workers.require(actor, Permission.SkillsAssess, workerId);
    return this.db.getRepository(SkillAssessment).find({ where: { workerId }, order: { assessedOn: 'DESC', recordedAt: 'DESC' } });
  }

  /** The signed-in trainee's own assessments, newest first (none without a worker record). */
  mine(actor: Actor | undefined): Promise<SkillAssessment[]> {
    const signedIn = this.access.require(actor, { permission: Permission.LearningRecord });
    return this.db
      .getRepository(SkillAssessment)
      .createQueryBuilder('a')
      .innerJoin('worker', 'w', 'w.id = a.worker_id')
      .where('w.user_id = :userId', { userId: signedIn.userId })
      .orderBy('a.assessed_on', 'DESC')
      .addOrderBy('a.recorded_at', 'DESC')
      .getMany();
  }

  private async workerOf(userId: string): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(`SELECT id FROM worker WHERE user_id = $1`, [userId]);
    if (!row) throw new NoWorkerRecordException(userId);
    return row.id;
  }

  /** The same key again: the first record, if it is the same assessment (a double submit); else refused. */
  private async resent(manager: EntityManager, recordedBy: string, input: RecordSkillAssessmentInput, workerId: string) {
    const first = await manager.findOneByOrFail(SkillAssessment, { recordedBy, clientId: input.clientId });
    if (first.workerId !== workerId || first.checklistId !== input.checklistId) throw new ClientIdReusedException();
    return first;
  }

  private async completeCurricula(manager: EntityManager, userId: string, checklistId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM curriculum WHERE $1 = ANY(checklist_ids)`, [checklistId]);
    return this.completion.completeCurricula(
      manager,
      userId,
      rows.map((r) => r.id),
    );
  }
}
