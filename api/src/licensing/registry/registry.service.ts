import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { isoDaysFromToday } from '../licence-status.sql';
import { Licence } from '../licence.entity';
import { Worker } from '../worker.entity';
import { DaysOutOfRangeException } from './registry.exception';
import type { ExpiringLicencePage } from './registry.model';
import { inScopes, SqlParams } from './worker-list.query';
import { EXPORT_BATCH } from './worker-list.service';

const read = Permission.LicencesRead;
const DAY_MS = 24 * 3600 * 1000;

export interface FacilityComplianceRow {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  plans: number;
  done: number;
  overdue: number;
}

export interface ExpiringExportRow {
  licence_number: string;
  licence_type_id: string;
  expires_on: string;
  days_left: number;
  registration_number: string;
  name: string;
  cadre: string;
  facility_code: string;
  facility_name: string;
}

/** Active licences expiring by `$1` inside the scopes: read from the partial index of active licences by expiry. */
function expiringFrom(scopes: string[] | null, days: number, params: SqlParams, withFacility = false): string {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new DaysOutOfRangeException(days);
  const scope = inScopes(scopes, params);
  return `FROM licence l JOIN worker w ON w.id = l.worker_id${withFacility ? ' JOIN facility f ON f.id = w.facility_id' : ''}
    WHERE l.status = 'active' AND l.expires_on <= ${params.add(isoDaysFromToday(days))}::date${scope ? ` AND ${scope}` : ''}`;
}

/** The registrar's views of their region: expiring licences, compliance and full lists for export. */
@Injectable()
export class RegistryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The region paths the actor may read licences in (null: everywhere); refuses anyone without the right. */
  readScopes(actor: Actor | undefined): string[] | null {
    return this.access.regionScopes(this.access.require(actor, { permission: read }), read);
  }

  async expiring(regionPaths: string[] | null, days: number, page: { limit: number; offset: number }): Promise<ExpiringLicencePage> {
    const params = new SqlParams();
    const from = expiringFrom(regionPaths, days, params);
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params.values);
    const limit = params.add(Math.min(Math.max(page.limit, 1), 1000));
    const ids: { id: string }[] = await this.db.query(
      `SELECT l.id ${from} ORDER BY l.expires_on, w.name, l.number LIMIT ${limit} OFFSET ${params.add(Math.max(page.offset, 0))}`,
      params.values,
    );
    const licences = await this.db.getRepository(Licence).findBy({ id: In(ids.map((r) => r.id)) });
    const holders = new Map((await this.db.getRepository(Worker).findBy({ id: In(licences.map((l) => l.workerId)) })).map((w) => [w.id, w]));
    const byId = new Map(licences.map((l) => [l.id, l]));
    const today = Date.parse(isoDaysFromToday(0));
    const items = ids.map(({ id }) => {
      const licence = byId.get(id)!;
      return { licence, worker: holders.get(licence.workerId)!, daysLeft: Math.round((Date.parse(licence.expiresOn) - today) / DAY_MS) };
    });
    return { total, items };
  }

  /** Every expiring licence, soonest first, in keyset batches on (expiry, holder's name, licence number). */
  async *expiringBatches(regionPaths: string[] | null, days: number, batch = EXPORT_BATCH): AsyncGenerator<ExpiringExportRow[]> {
    let after: ExpiringExportRow | undefined;
    for (;;) {
      const params = new SqlParams();
      const from = expiringFrom(regionPaths, days, params, true);
      const keyset = after ? ` AND (l.expires_on, w.name, l.number) > (${params.add(after.expires_on)}::date, ${params.add(after.name)}, ${params.add(after.licence_number)})` : '';
      const rows: ExpiringExportRow[] = await this.db.query(
        `SELECT l.number AS licence_number, l.licence_type_id, l.expires_on::text AS expires_on, (l.expires_on - ${params.add(isoDaysFromToday(0))}::date) AS days_left,
                w.registration_number, w.name, w.cadre, f.code AS facility_code, f.name AS facility_name
         ${from}${keyset} ORDER BY l.expires_on, w.name, l.number LIMIT ${params.add(batch)}`,
        params.values,
      );
      if (rows.length) yield rows;
      if (rows.length < batch) return;
      after = rows[rows.length - 1];
    }
  }

  /**
   * Retraining plans per facility inside the scopes, by facility name: one set-based query (course totals per
   * curriculum, completed courses per plan by a join, then one aggregate), used by the page and the CSV alike.
   * A plan is done when its worker has completed every course of the curriculum; overdue when not done by its due date.
   */
  async compliance(regionPaths: string[] | null): Promise<FacilityComplianceRow[]> {
    const params = new SqlParams();
    const scope = inScopes(regionPaths, params);
    const today = params.add(isoDaysFromToday(0));
    const rows: FacilityComplianceRow[] = await this.db.query(
      `WITH plan AS (
         SELECT p.id, p.curriculum_id, p.due_on, w.facility_id, w.user_id
         FROM retraining_plan p JOIN worker w ON w.id = p.worker_id ${scope ? `WHERE ${scope}` : ''}),
       totals AS (SELECT curriculum_id, count(*)::int AS total FROM course GROUP BY curriculum_id),
       completed AS (
         SELECT plan.id, count(*)::int AS courses FROM plan
         JOIN course c ON c.curriculum_id = plan.curriculum_id
         JOIN course_completion cc ON cc.course_id = c.id AND cc.user_id = plan.user_id
         GROUP BY plan.id),
       state AS (
         SELECT plan.facility_id, plan.due_on, COALESCE(t.total, 0) > 0 AND COALESCE(d.courses, 0) >= t.total AS done
         FROM plan LEFT JOIN totals t ON t.curriculum_id = plan.curriculum_id LEFT JOIN completed d ON d.id = plan.id)
       SELECT f.id AS "facilityId", f.code AS "facilityCode", f.name AS "facilityName", count(*)::int AS plans,
              count(*) FILTER (WHERE done)::int AS done,
              count(*) FILTER (WHERE NOT done AND due_on < ${today}::date)::int AS overdue
       FROM state JOIN facility f ON f.id = state.facility_id
       GROUP BY f.id, f.code, f.name ORDER BY f.name, f.code`,
      params.values,
    );
    return rows;
  }
}
