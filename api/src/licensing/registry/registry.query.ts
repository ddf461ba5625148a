import { isoDaysFromToday } from '../../common/dates';
import { DaysOutOfRangeException } from './registry.exception';
import { inScopes, SqlParams, type SqlQuery } from './worker-list.query';

export interface ExpiringKey {
  expires_on: string;
  name: string;
  licence_number: string;
}

/** `days` of the expiring list: 1 to 366 (DAYS_OUT_OF_RANGE otherwise). */
export function checkExpiringDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 366) throw new DaysOutOfRangeException(days);
}

/** Active licences expiring by the date inside the scopes: read from the partial index of active licences by expiry. */
function expiringFrom(
  scopes: string[] | null,
  days: number,
  params: SqlParams,
  join: 'licence' | 'worker' | 'facility' = 'worker',
): string {
  checkExpiringDays(days);
  const scope = inScopes(scopes, params);
  // A national count needs no holder: every licence has one, so it reads the partial index alone.
  const holder = join === 'licence' && !scope ? '' : ' JOIN worker w ON w.id = l.worker_id';
  return `FROM licence l${holder}${join === 'facility' ? ' JOIN facility f ON f.id = w.facility_id' : ''}
    WHERE l.status = 'active' AND l.expires_on <= ${params.add(isoDaysFromToday(days))}::date${scope ? ` AND ${scope}` : ''}`;
}

export function expiringCountSql(scopes: string[] | null, days: number): SqlQuery {
  const params = new SqlParams();
  return { sql: `SELECT count(*)::int AS total ${expiringFrom(scopes, days, params, 'licence')}`, params: params.values };
}

export function expiringPageSql(scopes: string[] | null, days: number, page: { limit: number; offset: number }): SqlQuery {
  const params = new SqlParams();
  const from = expiringFrom(scopes, days, params);
  return {
    sql: `SELECT l.id ${from} ORDER BY l.expires_on, w.name, l.number LIMIT ${params.add(page.limit)} OFFSET ${params.add(page.offset)}`,
    params: params.values,
  };
}

/** A batch of the expiring export after a key (expiry, holder's name, licence number — unique, so a total order). */
export function expiringExportSql(scopes: string[] | null, days: number, after: ExpiringKey | undefined, batch: number): SqlQuery {
  const params = new SqlParams();
  const from = expiringFrom(scopes, days, params, 'facility');
  const keyset = after
    ? ` AND (l.expires_on, w.name, l.number) > (${params.add(after.expires_on)}::date, ${params.add(after.name)}, ${params.add(after.licence_number)})`
    : '';
  return {
    sql: `SELECT l.number AS licence_number, l.licence_type_id, l.expires_on::text AS expires_on, (l.expires_on - ${params.add(isoDaysFromToday(0))}::date) AS days_left,
            w.registration_number, w.name, w.cadre, f.code AS facility_code, f.name AS facility_name
     ${from}${keyset} ORDER BY l.expires_on, w.name, l.number LIMIT ${params.add(batch)}`,
    params: params.values,
  };
}

/**
 * Retraining plans per facility inside the scopes, by facility name, in one query over the plans' stored `done`
 * and facility (kept by triggers: migration AddRetrainingPlanRollup, the same progress as plan-progress.sql.ts);
 * overdue is counted against today on read.
 */
export function complianceSql(scopes: string[] | null): SqlQuery {
  const params = new SqlParams();
  const scope = inScopes(scopes, params, 'p.facility_id');
  const today = params.add(isoDaysFromToday(0));
  return {
    // Counted per facility id from the plans' index first; only the facilities with plans are then named and sorted.
    sql: `SELECT f.id AS "facilityId", f.code AS "facilityCode", f.name AS "facilityName", a.plans, a.done, a.overdue
       FROM (SELECT p.facility_id, count(*)::int AS plans, count(*) FILTER (WHERE p.done)::int AS done,
                    count(*) FILTER (WHERE NOT p.done AND p.due_on < ${today}::date)::int AS overdue
             FROM retraining_plan p${scope ? ` WHERE ${scope}` : ''} GROUP BY p.facility_id) a
       JOIN facility f ON f.id = a.facility_id ORDER BY f.name, f.code`,
    params: params.values,
  };
}
