import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { AuditService } from '../../audit/audit.service';
import { shiftYears } from '../ledger.service';
import { LicenceStatus } from '../licence.entity';
import { Worker } from '../worker.entity';
import { BulkAccountsService } from '../accounts/bulk-accounts.service';
import { ImportInvalidException } from './registry.exception';
import type { WorkerImportPreview, WorkerImportResult, WorkerImportRow } from './registry.model';
import { type CandidateRow, type ImportLookups, readImportFile, validateRows, wantsAccount } from './worker-import.rules';
import { today } from '../../common/dates';

const manage = Permission.LicencesManage;

/**
 * Bulk registration of workers from CSV: a preview that reports every problem per row, and a commit that
 * checks again and writes every row (worker, first posting, optional licence) in one transaction, or nothing.
 */
@Injectable()
export class WorkerImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly accounts: BulkAccountsService,
  ) {}

  async preview(actor: Actor | undefined, csv: string): Promise<WorkerImportPreview> {
    const signedIn = this.access.require(actor, { permission: manage });
    const rows = await this.validate(this.db.manager, signedIn, readImportFile(csv));
    const problemCount = rows.reduce((n, r) => n + r.problems.length, 0);
    return { valid: problemCount === 0, rowCount: rows.length, problemCount, rows };
  }

  async commit(actor: Actor | undefined, csv: string): Promise<WorkerImportResult> {
    const signedIn = this.access.require(actor, { permission: manage });
    const candidates = readImportFile(csv);
    // Accounts are made by registrars and admins only (UsersAccounts), checked per worker when they are written.
    const secrets = await this.accounts.prepareSecrets(candidates.filter((c) => wantsAccount(c.values)).length);
    try {
      return await this.db.transaction(async (manager) => {
        const rows = await this.validate(manager, signedIn, candidates);
        const problems = rows.flatMap((r) => r.problems);
        if (problems.length) throw new ImportInvalidException(problems);
        const result = await this.write(manager, signedIn, rows);
        const accountFor = result.workers.filter((_, i) => rows[i].account).map((w) => w.id);
        const accounts = accountFor.length ? await this.accounts.createIn(manager, signedIn, accountFor, secrets) : { accounts: [] };
        return { ...result, accounts: accounts.accounts };
      });
    } catch (error) {
      // Another registrar took a number between our check and our insert: report it like any other clash.
      if ((error as { code?: string }).code === '23505') return this.commitConflict(signedIn, candidates);
      throw error;
    }
  }

  private async commitConflict(actor: Actor, candidates: CandidateRow[]): Promise<never> {
    const rows = await this.validate(this.db.manager, actor, candidates);
    throw new ImportInvalidException(rows.flatMap((r) => r.problems));
  }

  private async validate(manager: EntityManager, actor: Actor, candidates: CandidateRow[]): Promise<WorkerImportRow[]> {
    const values = (column: keyof CandidateRow['values']) => [...new Set(candidates.map((c) => c.values[column]).filter(Boolean))];
    const facilities: { id: string; code: string; name: string; path: string }[] = await manager.query(
      `SELECT f.id, f.code, f.name, r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.code = ANY($1)`,
      [values('facility_code')],
    );
    const registered: { registration_number: string; path: string }[] = await manager.query(
      `SELECT w.registration_number, r.path FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id WHERE w.registration_number = ANY($1)`,
      [values('registration_number')],
    );
    const used: { number: string }[] = await manager.query(`SELECT number FROM licence WHERE number = ANY($1)`, [values('licence_number')]);
    const types: { id: string; cadre: string }[] = await manager.query(`SELECT id, cadre FROM licence_type ORDER BY id`);
    const lookups: ImportLookups = {
      facilities: new Map(facilities.map((f) => [f.code, f])),
      inScope: (regionPath) => this.access.can(actor, { permission: manage, regionPath }),
      registeredNumbers: new Map(registered.map((r) => [r.registration_number, r.path])),
      usedLicenceNumbers: new Set(used.map((r) => r.number)),
      licenceTypes: new Map(types.map((t) => [t.id, t])),
      today: today(),
    };
    return validateRows(candidates, lookups);
  }

  private async write(manager: EntityManager, actor: Actor, rows: WorkerImportRow[]): Promise<Omit<WorkerImportResult, 'accounts'>> {
    const facilities: { id: string; code: string; region_id: string }[] = await manager.query(
      `SELECT id, code, region_id FROM facility WHERE code = ANY($1)`,
      [[...new Set(rows.map((r) => r.facilityCode))]],
    );
    const facilityOf = new Map(facilities.map((f) => [f.code, f]));
    const types: { id: string; validity_years: number }[] = await manager.query(`SELECT id, validity_years FROM licence_type`);
    const importId = randomUUID();
    const workers: Worker[] = [];
    let licencesIssued = 0;
    for (const row of rows) {
      const facility = facilityOf.get(row.facilityCode)!;
      const worker = await manager.save(Worker, {
        registrationNumber: row.registrationNumber,
        name: row.name,
        cadre: row.cadre as Worker['cadre'],
        facilityId: facility.id,
        userId: null,
      });
      await manager.query(`INSERT INTO worker_posting (worker_id, facility_id, started_on) VALUES ($1, $2, $3)`, [
        worker.id,
        facility.id,
        today(),
      ]);
      workers.push(worker);
      if (!row.licenceType || !row.licenceNumber || !row.licenceIssuedOn) continue;
      const validity = types.find((t) => t.id === row.licenceType)!.validity_years;
      const expiresOn = shiftYears(row.licenceIssuedOn, validity);
      const licence = {
        number: row.licenceNumber,
        workerId: worker.id,
        licenceTypeId: row.licenceType,
        issuingRegionId: facility.region_id,
        issuedOn: row.licenceIssuedOn,
        expiresOn,
        status: expiresOn < today() ? LicenceStatus.lapsed : LicenceStatus.active,
      };
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO licence (number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          licence.number,
          licence.workerId,
          licence.licenceTypeId,
          licence.issuingRegionId,
          licence.issuedOn,
          licence.expiresOn,
          licence.status,
        ],
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'licence.issued',
        entityType: 'licence',
        entityId: id,
        after: { id, ...licence, importId },
      });
      licencesIssued++;
    }
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'workers.imported',
      entityType: 'worker_import',
      entityId: importId,
      after: { workers: workers.map((w) => ({ id: w.id, registrationNumber: w.registrationNumber })), licencesIssued },
    });
    return { imported: workers.length, licencesIssued, workers };
  }
}
