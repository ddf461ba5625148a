import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { NotFoundException } from '../common/domain.exception';
import { curriculumProgressSql } from '../common/curriculum-progress.sql';
import { Checklist } from '../curricula/checklist.entity';
import type { Curriculum } from '../curricula/curriculum.entity';
import type { AssessableWorker, CurriculumProgress, SkillStatus } from './skills.model';
import type { SkillOutcome } from './skill-outcome.enum';

const SEARCH_LIMIT = 20;

/** Reading checklists (published content) and the signed-in user's skills in a curriculum. */
@Injectable()
export class ChecklistsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async one(actor: Actor | undefined, id: string): Promise<Checklist> {
    this.access.require(actor, { permission: Permission.CurriculaRead });
    const checklist = await this.db.getRepository(Checklist).findOneBy({ id });
    if (!checklist) throw new NotFoundException({ ko: '실기점검표', en: 'Skills checklist' }, id);
    return checklist;
  }

  /**
   * Supervisors and admins: every checklist. Everyone else: those of their curricula (a course enrolled in,
   * or a retraining plan), in content order.
   */
  async list(actor: Actor | undefined): Promise<Checklist[]> {
    const signedIn = this.access.require(actor, { permission: Permission.CurriculaRead });
    const repo = this.db.getRepository(Checklist);
    if (this.access.regionScopes(signedIn, Permission.SkillsAssess)?.length !== 0) return repo.find({ order: { position: 'ASC' } });
    const rows: { ids: string[] | null }[] = await this.db.query(
      `SELECT array_agg(DISTINCT x.id) AS ids FROM curriculum k CROSS JOIN LATERAL unnest(k.checklist_ids) AS x(id)
       WHERE k.id IN (SELECT c.curriculum_id FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.user_id = $1 AND e.left_at IS NULL
                      UNION SELECT p.curriculum_id FROM retraining_plan p JOIN worker w ON w.id = p.worker_id WHERE w.user_id = $1)`,
      [signedIn.userId],
    );
    const ids = rows[0]?.ids ?? [];
    return ids.length ? repo.find({ where: { id: In(ids) }, order: { position: 'ASC' } }) : [];
  }

  /** Checklists by id (for loaders: one query for many). */
  byIds(ids: readonly string[]): Promise<Checklist[]> {
    return ids.length ? this.db.getRepository(Checklist).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The user's progress in each curriculum: one query for all of them. */
  async progressOf(userId: string, curriculumIds: readonly string[]): Promise<CurriculumProgress[]> {
    const rows: (Record<'curriculum_id' | 'courses_total' | 'courses_done' | 'skills_total' | 'skills_passed', string> & {
      done: boolean;
    })[] = await this.db.query(
      curriculumProgressSql(`SELECT k.id, $1::uuid AS user_id, k.id AS curriculum_id FROM curriculum k WHERE k.id = ANY($2)`),
      [userId, [...curriculumIds]],
    );
    return curriculumIds.map((id) => {
      const row = rows.find((r) => r.curriculum_id === id);
      const [coursesTotal, coursesCompleted, skillsTotal, skillsPassed] = [
        row?.courses_total,
        row?.courses_done,
        row?.skills_total,
        row?.skills_passed,
      ].map(Number);
      return { coursesTotal, coursesCompleted, skillsTotal, skillsPassed, done: row?.done ?? false };
    });
  }

  /** The user's status in each curriculum's required skills, in the curricula's order: two queries for all. */
  async skillsOf(userId: string, curricula: readonly Curriculum[]): Promise<SkillStatus[][]> {
    const ids = [...new Set(curricula.flatMap((c) => c.checklistIds))];
    if (ids.length === 0) return curricula.map(() => []);
    const checklists = await this.byIds(ids);
    const rows: { checklist_id: string; passed: boolean; outcome: SkillOutcome; assessed_on: string }[] = await this.db.query(
      `SELECT DISTINCT ON (a.checklist_id) a.checklist_id, a.outcome, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on,
              bool_or(a.outcome = 'pass') OVER (PARTITION BY a.checklist_id) AS passed
       FROM skill_assessment a JOIN worker w ON w.id = a.worker_id
       WHERE w.user_id = $1 AND a.checklist_id = ANY($2)
       ORDER BY a.checklist_id, a.assessed_on DESC, a.recorded_at DESC`,
      [userId, ids],
    );
    return curricula.map((curriculum) =>
      curriculum.checklistIds.flatMap((id) => {
        const checklist = checklists.find((c) => c.id === id);
        const row = rows.find((r) => r.checklist_id === id);
        return checklist
          ? [{ checklist, passed: row?.passed ?? false, lastOutcome: row?.outcome ?? null, lastAssessedOn: row?.assessed_on ?? null }]
          : [];
      }),
    );
  }

  /** Workers inside the actor's assessing scope whose name or registration number contains `search`. */
  async assessableWorkers(actor: Actor | undefined, search: string): Promise<AssessableWorker[]> {
    const signedIn = this.access.require(actor, { permission: Permission.SkillsAssess });
    const scopes = this.access.regionScopes(signedIn, Permission.SkillsAssess);
    const term = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.db.query(
      `SELECT w.id, w.name, w.registration_number AS "registrationNumber", w.cadre, f.id AS "facilityId", f.name AS "facilityName"
       FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
       WHERE (w.name ILIKE $1 OR w.registration_number ILIKE $1)
         AND ($2::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($2::text[]) s(path) WHERE r.path LIKE s.path || '%'))
       ORDER BY w.name, w.registration_number LIMIT ${SEARCH_LIMIT}`,
      [term, scopes],
    );
  }
}
