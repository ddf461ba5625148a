import { LicenceStatus } from './licence.entity';
import { EXPIRING_DAYS } from './licences.service';
import { isoDaysFromToday } from '../common/dates';

/**
 * SQL for "licence `alias` has this visible status" — the same rule as `visibleStatus`: an active licence
 * expiring within EXPIRING_DAYS reads as `expiring`. Index-friendly (status, expires_on); `:expiringBy` is
 * the parameter it needs.
 */
export function visibleStatusCondition(alias: string, status: LicenceStatus): { sql: string; params: Record<string, string> } {
  const expiringBy = isoDaysFromToday(EXPIRING_DAYS);
  switch (status) {
    case LicenceStatus.active:
      return { sql: `${alias}.status = 'active' AND ${alias}.expires_on > :expiringBy`, params: { expiringBy } };
    case LicenceStatus.expiring:
      return { sql: `${alias}.status = 'active' AND ${alias}.expires_on <= :expiringBy`, params: { expiringBy } };
    default:
      return { sql: `${alias}.status = :licenceStatus`, params: { licenceStatus: status } };
  }
}
