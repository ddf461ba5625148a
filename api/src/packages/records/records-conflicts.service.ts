import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../../access/access.service';
import type { Actor } from '../../access/actor';
import { Permission } from '../../access/permission';
import { AuditService } from '../../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../../common/domain.exception';
import { type MutableType, RecordsApplier } from './records-applier';
import type { RecordData } from './records-format';
import { RecordsIdentity } from './records-identity';
import { RECORD_TYPES } from './records-format';
import { ConflictAlreadySettledException } from './records.exception';
import { type RecordsConflict, RecordsConflictChoice, type RecordsPackageApplied } from './records.model';

interface ConflictRow {
  id: string;
  record_type: MutableType;
  record_id: string;
  worker_id: string;
  source_install_id: string;
  package_id: string;
  local: Record<string, unknown>;
  incoming: RecordData[MutableType];
  incoming_version: Date;
  detected_at: Date;
  settled_at: Date | null;
  resolution: RecordsConflictChoice | null;
  name: string | null;
  registration_number: string | null;
  path: string | null;
}

const SELECT = `SELECT c.*, w.name, w.registration_number, r.path FROM records_conflict c
  LEFT JOIN worker w ON w.id = c.worker_id LEFT JOIN facility f ON f.id = w.facility_id LEFT JOIN region r ON r.id = f.region_id`;
const SCOPED = `($1::text[] IS NULL OR r.path LIKE ANY (SELECT s || '%' FROM unnest($1::text[]) s))`;

/** Conflicts of records packages for a registrar to settle: keep this server's record, or take the incoming one. */
@Injectable()
export class RecordsConflictsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Open conflicts (or settled ones too) of workers in the actor's regions, oldest first; at most 500. */
  async list(actor: Actor, open: boolean): Promise<RecordsConflict[]> {
    const scope = this.scopeOf(actor);
    const rows = (await this.db.query(
      `${SELECT} WHERE ${SCOPED} AND ($2::boolean = false OR c.settled_at IS NULL) ORDER BY c.detected_at, c.id LIMIT 500`,
      [scope, open],
    )) as ConflictRow[];
    return rows.map(toModel);
  }

  async packages(actor: Actor): Promise<RecordsPackageApplied[]> {
    this.access.require(actor, { permission: Permission.RecordsImport });
    const rows = (await this.db.query(
      `SELECT package_id, source_install_id, since, until, applied_at, counts FROM records_package ORDER BY applied_at DESC LIMIT 100`,
    )) as {
      package_id: string;
      source_install_id: string;
      since: Date | null;
      until: Date;
      applied_at: Date;
      counts: Record<string, Record<string, number>>;
    }[];
    return rows.map((row) => ({
      packageId: row.package_id,
      sourceInstallId: row.source_install_id,
      since: row.since,
      until: row.until,
      appliedAt: row.applied_at,
      outcomes: RECORD_TYPES.map((recordType) => ({
        recordType,
        added: 0,
        updated: 0,
        unchanged: 0,
        older: 0,
        conflict: 0,
        ...row.counts[recordType],
      })),
    }));
  }

  /** Settles an open conflict under its row lock: of two registrars settling at once, one settles, the other is told. */
  async settle(actor: Actor, id: string, choice: RecordsConflictChoice, reason?: string | null): Promise<RecordsConflict> {
    if (reason !== undefined && reason !== null && reason.length > 2000)
      throw new BadUserInputException(['reason is at most 2,000 characters']);
    const scope = this.scopeOf(actor);
    return this.db.transaction(async (manager) => {
      const [locked] = (await manager.query(`SELECT id FROM records_conflict WHERE id = $1 FOR UPDATE`, [id])) as { id: string }[];
      if (!locked) throw new NotFoundException({ ko: '기록충돌', en: 'Records conflict' }, id);
      const [row] = (await manager.query(`${SELECT} WHERE c.id = $2 AND ${SCOPED}`, [scope, id])) as ConflictRow[];
      if (!row) throw new NotFoundException({ ko: '기록충돌', en: 'Records conflict' }, id);
      this.access.require(actor, { permission: Permission.RecordsImport, ...(row.path ? { regionPath: row.path } : {}) });
      if (row.settled_at) throw new ConflictAlreadySettledException();

      const applier = new RecordsApplier(manager, new RecordsIdentity(manager, scope), row.package_id);
      if (choice === RecordsConflictChoice.incoming) await applier.takeIncoming(row.record_type, row.incoming);
      else await applier.keepLocal(row.record_type, row.record_id, row.incoming);
      const [[settled]] = (await manager.query(
        `UPDATE records_conflict SET settled_at = now(), settled_by = $2, resolution = $3 WHERE id = $1 RETURNING settled_at`,
        [id, actor.userId, choice],
      )) as [{ settled_at: Date }[], number];
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'records.conflict_settled',
        entityType: row.record_type === 'workerPosting' ? 'worker_posting' : row.record_type,
        entityId: row.record_id,
        before: row.local,
        after: { kept: choice, incoming: row.incoming },
        reason: reason ?? undefined,
      });
      return toModel({ ...row, settled_at: settled.settled_at, resolution: choice });
    });
  }

  /** Region paths of the actor's RecordsImport grants (null: everywhere); refused without any. */
  scopeOf(actor: Actor): string[] | null {
    this.access.require(actor, { permission: Permission.RecordsImport });
    return this.access.regionScopes(actor, Permission.RecordsImport);
  }
}

const show = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

function toModel(row: ConflictRow): RecordsConflict {
  const incoming = row.incoming as unknown as Record<string, unknown>;
  const differences = Object.keys(row.local)
    .filter((field) => field !== 'workerId' && show(row.local[field]) !== show(incoming[field]))
    .map((field) => ({ field, local: show(row.local[field]), incoming: show(incoming[field]) }));
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    workerId: row.worker_id,
    workerName: row.name,
    registrationNumber: row.registration_number,
    sourceInstallId: row.source_install_id,
    packageId: row.package_id,
    differences,
    incoming: row.incoming,
    incomingVersion: row.incoming_version,
    detectedAt: row.detected_at,
    settledAt: row.settled_at,
    resolution: row.resolution,
  };
}
