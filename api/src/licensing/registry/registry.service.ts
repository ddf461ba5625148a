import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { REPORTS_DATABASE } from '../../database/reports-database.module';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { isoDaysFromToday } from '../../common/dates';
import type { PageOf } from '../../common/paging/page';
import type { PageArgs } from '../../common/paging/page.args';
import { offsetPage } from '../../common/paging/paging';
import { Licence } from '../licence.entity';
import { Worker } from '../worker.entity';
import type { ExpiringLicence } from './registry.model';
import { checkExpiringDays, complianceSql, expiringCountSql, expiringExportSql, type ExpiringKey, expiringPageSql } from './registry.query';
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

/** The registrar's views of their region: expiring licences, compliance and full lists for export. */
@Injectable()
export class RegistryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REPORTS_DATABASE) private readonly reports: DataSource,
    private readonly access: AccessService,
  ) {}

  /** The region paths the actor may read licences in (null: everywhere); refuses anyone without the right. */
  readScopes(actor: Actor | undefined): string[] | null {
    return this.access.regionScopes(this.access.require(actor, { permission: read }), read);
  }

  /** Soonest expiry first (then holder's name, licence number), a page at a time. */
  expiring(regionPaths: string[] | null, days: number, args: Partial<PageArgs>): PageOf<ExpiringLicence> {
    checkExpiringDays(days);
    return offsetPage(
      args,
      (limit, offset) => this.expiringRows(regionPaths, days, { limit, offset }),
      async () => {
        const count = expiringCountSql(regionPaths, days);
        const [{ total }]: { total: number }[] = await this.db.query(count.sql, count.params);
        return total;
      },
    );
  }

  private async expiringRows(
    regionPaths: string[] | null,
    days: number,
    page: { limit: number; offset: number },
  ): Promise<ExpiringLicence[]> {
    const pageSql = expiringPageSql(regionPaths, days, page);
    const ids: { id: string }[] = await this.db.query(pageSql.sql, pageSql.params);
    const licences = await this.db.getRepository(Licence).findBy({ id: In(ids.map((r) => r.id)) });
    const holders = new Map(
      (await this.db.getRepository(Worker).findBy({ id: In(licences.map((l) => l.workerId)) })).map((w) => [w.id, w]),
    );
    const byId = new Map(licences.map((l) => [l.id, l]));
    const today = Date.parse(isoDaysFromToday(0));
    return ids.map(({ id }) => {
      const licence = byId.get(id)!;
      return { licence, worker: holders.get(licence.workerId)!, daysLeft: Math.round((Date.parse(licence.expiresOn) - today) / DAY_MS) };
    });
  }

  /** Every expiring licence, soonest first, in keyset batches (never OFFSET). */
  async *expiringBatches(regionPaths: string[] | null, days: number, batch = EXPORT_BATCH): AsyncGenerator<ExpiringExportRow[]> {
    let after: ExpiringKey | undefined;
    for (;;) {
      const { sql, params } = expiringExportSql(regionPaths, days, after, batch);
      const rows: ExpiringExportRow[] = await this.reports.query(sql, params);
      if (rows.length) yield rows;
      if (rows.length < batch) return;
      after = rows[rows.length - 1];
    }
  }

  /** Retraining plans per facility inside the scopes (complianceSql), for the page and the CSV alike; a report. */
  compliance(regionPaths: string[] | null): Promise<FacilityComplianceRow[]> {
    const { sql, params } = complianceSql(regionPaths);
    return this.reports.query(sql, params);
  }
}
