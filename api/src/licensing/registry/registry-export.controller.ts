import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../../access/access.decorators';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { type CsvValue, toCsv } from '../../common/csv';
import { BadUserInputException } from '../../common/domain.exception';
import { CurrentActor } from '../../access/request-context';
import { etagOf, notModified } from '../../common/conditional';
import { Cadre } from '../../users/cadre.enum';
import { type Licence, LicenceStatus } from '../licence.entity';
import { visibleStatus } from '../licences.service';
import type { WorkerListFilter } from '../workers.service';
import { streamCsv } from './csv-stream';
import { RegistryService } from './registry.service';
import { WorkerListService } from './worker-list.service';
import { today } from '../../common/dates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const WORKER_COLUMNS = [
  'registration_number',
  'name',
  'cadre',
  'facility_code',
  'facility_name',
  'region',
  'licence_type',
  'licence_number',
  'licence_issued_on',
  'licence_expires_on',
  'licence_status',
];
export const EXPIRING_COLUMNS = [
  'licence_number',
  'licence_type',
  'expires_on',
  'days_left',
  'registration_number',
  'name',
  'cadre',
  'facility_code',
  'facility_name',
];
export const COMPLIANCE_COLUMNS = ['facility_code', 'facility_name', 'plans', 'done', 'overdue', 'done_percent'];

/**
 * CSV exports of the registrar's lists — every matching row, not a page — for signed-in users with the right to
 * read licences, inside their region (the session cookie or a Bearer token, like GraphQL). UTF-8 with a BOM,
 * CRLF, quoted where needed, and cells that a spreadsheet would run as formulas defused. Streamed in keyset
 * batches with backpressure (csv-stream.ts), so a national list never sits in memory.
 */
@Allow(Permission.LicencesRead)
@Controller('exports')
export class RegistryExportController {
  constructor(
    private readonly registry: RegistryService,
    private readonly workerList: WorkerListService,
  ) {}

  /** `GET /exports/workers.csv?facilityId=&regionId=&cadre=&status=&search=`: the filters of the `workers` query, in its order. */
  @Get('workers.csv')
  async workers(@Query() query: Record<string, unknown>, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    const batches = this.workerList.exportBatches(this.registry.readScopes(actor), workerFilter(query));
    await streamCsv(res, 'workers', WORKER_COLUMNS, batches, (w) => [
      w.registration_number,
      w.name,
      w.cadre,
      w.facility_code,
      w.facility_name,
      w.region,
      w.licence_type_id,
      w.licence_number,
      w.issued_on,
      w.expires_on,
      w.status && w.expires_on ? visibleStatus({ status: w.status, expiresOn: w.expires_on } as Licence) : null,
    ]);
  }

  /** `GET /exports/expiring-licences.csv?days=90`: as `expiringLicences`, soonest first. */
  @Get('expiring-licences.csv')
  async expiring(
    @Query('days') days: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
    @CurrentActor() actor?: Actor,
  ): Promise<void> {
    const scopes = this.registry.readScopes(actor);
    // The expiring set is bounded by its period: read whole (set-based, soonest first) so it carries an ETag.
    const rows: CsvValue[][] = [];
    for await (const batch of this.registry.expiringBatches(scopes, days === undefined ? 90 : Number(days))) {
      for (const r of batch) {
        rows.push([
          r.licence_number,
          r.licence_type_id,
          r.expires_on,
          r.days_left,
          r.registration_number,
          r.name,
          r.cadre,
          r.facility_code,
          r.facility_name,
        ]);
      }
    }
    sendWhole(req, res, `expiring-licences-${days ?? 90}d`, EXPIRING_COLUMNS, toCsv(rows));
  }

  /** `GET /exports/retraining-compliance.csv`: the rows of `retrainingCompliance`, from the same query. */
  @Get('retraining-compliance.csv')
  async compliance(@Req() req: Request, @Res() res: Response, @CurrentActor() actor?: Actor): Promise<void> {
    const rows = await this.registry.compliance(this.registry.readScopes(actor));
    sendWhole(
      req,
      res,
      'retraining-compliance',
      COMPLIANCE_COLUMNS,
      toCsv(
        rows.map((r) => [r.facilityCode, r.facilityName, r.plans, r.done, r.overdue, r.plans ? Math.round((r.done / r.plans) * 100) : 0]),
      ),
    );
  }
}

const headersOf = (name: string) => ({
  'Content-Type': 'text/csv; charset=utf-8',
  'Content-Disposition': `attachment; filename="${name}-${today()}.csv"`,
});

/**
 * Lists small enough to hold whole carry an ETag of their bytes: a registrar downloading the same list again
 * gets a 304. The browser may keep it privately (a download is kept on disk anyway), never a shared cache.
 */
function sendWhole(req: Request, res: Response, name: string, columns: string[], body: string) {
  const csv = Buffer.from(toCsv([columns], { bom: true }) + body, 'utf8');
  res.set(headersOf(name));
  if (notModified(req, res, etagOf(csv))) return;
  res.end(csv);
}

function workerFilter(query: Record<string, unknown>): WorkerListFilter {
  const text = (name: string) => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new BadUserInputException([`${name} must be given once`]);
    return value;
  };
  const filter: WorkerListFilter = {
    facilityId: text('facilityId'),
    regionId: text('regionId'),
    cadre: text('cadre') as Cadre | undefined,
    status: text('status') as LicenceStatus | undefined,
    search: text('search'),
  };
  const problems = [
    filter.facilityId && !UUID.test(filter.facilityId) && 'facilityId must be an id',
    filter.regionId && !UUID.test(filter.regionId) && 'regionId must be an id',
    filter.cadre && !Object.values(Cadre).includes(filter.cadre) && `cadre must be one of ${Object.values(Cadre).join(', ')}`,
    filter.status &&
      !Object.values(LicenceStatus).includes(filter.status) &&
      `status must be one of ${Object.values(LicenceStatus).join(', ')}`,
    filter.search && filter.search.length > 100 && 'search must be at most 100 characters',
  ].filter((p): p is string => typeof p === 'string');
  if (problems.length) throw new BadUserInputException(problems);
  return filter;
}
