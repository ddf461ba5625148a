import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { isoDaysFromToday } from '../licence-status.sql';
import { Licence } from '../licence.entity';
import { RetrainingService } from '../retraining.service';
import { Worker } from '../worker.entity';
import { type WorkerListFilter, WorkersService } from '../workers.service';
import { DaysOutOfRangeException } from './registry.exception';
import type { ExpiringLicencePage } from './registry.model';

const read = Permission.LicencesRead;
const DAY_MS = 24 * 3600 * 1000;
const EXPORT_BATCH = 1000;

/** `r.path` inside the scopes (null: everywhere) as one array parameter of LIKE patterns. */
const scopePatterns = (regionPaths: string[] | null) => (regionPaths ? regionPaths.map((p) => `${p}%`) : null);

export interface FacilityComplianceRow {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  plans: number;
  done: number;
  overdue: number;
}

export interface WorkerExportRow {
  worker: Worker;
  facility: { code: string; name: string; region: string };
  licence: Licence | undefined;
}

/** The registrar's views of their region: expiring licences, compliance and full lists for export. */
@Injectable()
export class RegistryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly workers: WorkersService,
    private readonly retraining: RetrainingService,
  ) {}

  /** The region paths the actor may read licences in (null: everywhere); refuses anyone without the right. */
  readScopes(actor: Actor | undefined): string[] | null {
    return this.access.regionScopes(this.access.require(actor, { permission: read }), read);
  }

  async expiring(regionPaths: string[] | null, days: number, page: { limit: number; offset: number }): Promise<ExpiringLicencePage> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new DaysOutOfRangeException(days);
    const from = `FROM licence l JOIN worker w ON w.id = l.worker_id JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
      WHERE l.status = 'active' AND l.expires_on <= $1 AND ($2::text[] IS NULL OR r.path LIKE ANY($2))`;
    const params = [isoDaysFromToday(days), scopePatterns(regionPaths)];
    const [{ total }]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const ids: { id: string }[] = await this.db.query(`SELECT l.id ${from} ORDER BY l.expires_on, w.name, l.number LIMIT $3 OFFSET $4`, [
      ...params, Math.min(Math.max(page.limit, 1), 1000), Math.max(page.offset, 0),
    ]);
    const licences = await this.db.getRepository(Licence).findBy({ id: In(ids.map((r) => r.id)) });
    const holders = await this.db.getRepository(Worker).findBy({ id: In(licences.map((l) => l.workerId)) });
    const today = Date.parse(isoDaysFromToday(0));
    const items = ids.map(({ id }) => {
      const licence = licences.find((l) => l.id === id)!;
      return { licence, worker: holders.find((w) => w.id === licence.workerId)!, daysLeft: Math.round((Date.parse(licence.expiresOn) - today) / DAY_MS) };
    });
    return { total, items };
  }

  /** Every expiring licence, for export. */
  async allExpiring(regionPaths: string[] | null, days: number) {
    const items = [];
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const page = await this.expiring(regionPaths, days, { limit: EXPORT_BATCH, offset });
      items.push(...page.items);
      if (page.items.length < EXPORT_BATCH) return items;
    }
  }

  /** Retraining plans per facility inside the scopes, with the facility's code and name, by name. */
  async compliance(regionPaths: string[] | null): Promise<FacilityComplianceRow[]> {
    const rows = (await Promise.all((regionPaths ?? [null]).map((path) => this.retraining.compliance(path)))).flat();
    const facilities: { id: string; code: string; name: string }[] = rows.length
      ? await this.db.query(`SELECT id, code, name FROM facility WHERE id = ANY($1)`, [rows.map((r) => r.facilityId)])
      : [];
    return rows
      .map((r) => {
        const facility = facilities.find((f) => f.id === r.facilityId);
        return { ...r, facilityCode: facility?.code ?? '', facilityName: facility?.name ?? '' };
      })
      .sort((a, b) => a.facilityName.localeCompare(b.facilityName, 'ko'));
  }

  async facilitiesOf(ids: string[]): Promise<Map<string, { code: string; name: string }>> {
    const rows: { id: string; code: string; name: string }[] = ids.length ? await this.db.query(`SELECT id, code, name FROM facility WHERE id = ANY($1)`, [[...new Set(ids)]]) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Every worker matching the filter, in batches (so a province-sized export never sits in one query). */
  async *workersForExport(regionPaths: string[] | null, filter: WorkerListFilter): AsyncGenerator<WorkerExportRow[]> {
    for (let offset = 0; ; offset += EXPORT_BATCH) {
      const batch = await this.workers.list(regionPaths, filter, { limit: EXPORT_BATCH, offset });
      if (batch.length === 0) return;
      const facilities: { id: string; code: string; name: string; region: string }[] = await this.db.query(
        `SELECT f.id, f.code, f.name, r.name AS region FROM facility f JOIN region r ON r.id = f.region_id WHERE f.id = ANY($1)`,
        [[...new Set(batch.map((w) => w.facilityId))]],
      );
      const licences = await this.db.getRepository(Licence).find({ where: { workerId: In(batch.map((w) => w.id)) }, order: { issuedOn: 'DESC' } });
      yield batch.map((worker) => ({
        worker,
        facility: facilities.find((f) => f.id === worker.facilityId) ?? { code: '', name: '', region: '' },
        licence: licences.find((l) => l.workerId === worker.id),
      }));
      if (batch.length < EXPORT_BATCH) return;
    }
  }
}

