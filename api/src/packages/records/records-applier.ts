import type { EntityManager } from 'typeorm';
import type { LicenceData, RecordData, RecordType, WorkerData, WorkerPostingData } from './records-format';
import type { RecordsIdentity } from './records-identity';
import { RecordsInvalidException } from './records.exception';
import { RECORD_SCHEMAS } from './records.schemas';

/** What applying one record did. `older`: the install holds a newer version; `conflict`: changed here too, kept for a registrar. */
export type RecordOutcome = 'added' | 'updated' | 'unchanged' | 'older' | 'conflict';

export type MutableType = 'worker' | 'workerPosting' | 'licence';
const TABLES: Record<MutableType, string> = { worker: 'worker', workerPosting: 'worker_posting', licence: 'licence' };

/** A mutable record resolved to this install: its local id, its worker, the fields compared, and its two writes. */
interface Resolved {
  localId: string;
  workerId: string;
  fields: Record<string, unknown>;
  insert: [string, unknown[]];
  update: [string, unknown[]];
}

const flags = (
  type: MutableType,
) => `coalesce($2::timestamptz < v.version, false) AS older, v.local_updated_at IS DISTINCT FROM t.updated_at AS local_changed
   FROM ${TABLES[type]} t LEFT JOIN records_version v ON v.record_type = '${type}' AND v.record_id = t.id`;

/** The held row in the package's terms (the fields a package can change), its worker, and its version state; locked. */
const SNAPSHOTS: Record<MutableType, string> = {
  worker: `SELECT json_build_object('registrationNumber', t.registration_number, 'name', t.name, 'cadre', t.cadre, 'facilityCode', f.code) AS fields,
      t.id AS worker_id, ${flags('worker')} JOIN facility f ON f.id = t.facility_id WHERE t.id = $1 FOR UPDATE OF t`,
  workerPosting: `SELECT json_build_object('workerId', t.worker_id, 'facilityCode', f.code, 'startedOn', t.started_on, 'endedOn', t.ended_on) AS fields,
      t.worker_id, ${flags('workerPosting')} JOIN facility f ON f.id = t.facility_id WHERE t.id = $1 FOR UPDATE OF t`,
  licence: `SELECT json_build_object('number', t.number, 'workerId', t.worker_id, 'licenceTypeId', t.licence_type_id, 'issuingRegionCode', r.code,
      'issuedOn', t.issued_on, 'expiresOn', t.expires_on, 'status', t.status, 'statusReason', t.status_reason,
      'cycleStartedAt', to_char(t.cycle_started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) AS fields,
      t.worker_id, ${flags('licence')} JOIN region r ON r.id = t.issuing_region_id WHERE t.id = $1 FOR UPDATE OF t`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_WORKER = '00000000-0000-0000-0000-000000000000';

const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(b).every((key) => JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null));

/**
 * Applies records of one package inside the import's transaction. Mutable records (workers, postings, licences)
 * are versioned by their source's `updatedAt`: an older version than the one applied is ignored; a newer one
 * replaces the row unless the row changed here since it was last applied (or was made here and differs), which
 * is a conflict kept for a registrar, the row untouched. Everything else is append-only, inserted once by id;
 * a certificate changes only by its revocation, which is never undone.
 */
export class RecordsApplier {
  constructor(
    private readonly manager: EntityManager,
    private readonly identity: RecordsIdentity,
    private readonly packageId: string,
  ) {}

  async apply(type: string, data: unknown): Promise<RecordOutcome> {
    const schema = RECORD_SCHEMAS[type as RecordType];
    if (!schema) throw new RecordsInvalidException(type, '-', 'this server does not know this record type');
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const id = (data as { id?: unknown })?.id;
      throw new RecordsInvalidException(
        type,
        typeof id === 'string' ? id : '-',
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    }
    return this.applyParsed(type as RecordType, parsed.data);
  }

  private async applyParsed<T extends RecordType>(type: T, d: RecordData[T]): Promise<RecordOutcome> {
    switch (type) {
      case 'worker':
      case 'workerPosting':
      case 'licence':
        return this.versioned(type, d as RecordData[MutableType]);
      case 'creditEntry': {
        const c = d as RecordData['creditEntry'];
        const workerId = await this.owner(c.workerId);
        return this.inserted(
          `INSERT INTO credit_entry (id, worker_id, source, hours, topic, earned_on, course_id, note, reverses_id, created_at, source_install_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
          [c.id, workerId, c.source, c.hours, c.topic, c.earnedOn, c.courseId, c.note, c.reversesId, c.createdAt, c.sourceInstallId],
        );
      }
      case 'courseCompletion':
      case 'curriculumCompletion':
      case 'skillAssessment': {
        const l = d as RecordData['courseCompletion'] | RecordData['curriculumCompletion'] | RecordData['skillAssessment'];
        const workerId = await this.owner(l.workerId);
        const recordId = 'id' in l ? l.id : `${workerId}/${'courseId' in l ? l.courseId : l.curriculumId}`;
        return this.inserted(
          `INSERT INTO records_learning (record_type, record_id, worker_id, source_install_id, data) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING record_id`,
          [type, recordId, workerId, l.sourceInstallId, JSON.stringify(l)],
        );
      }
      case 'certificate':
        return this.certificate(d as RecordData['certificate']);
      case 'auditEvent': {
        const a = d as RecordData['auditEvent'];
        await this.requireAuditInScope(a);
        return this.inserted(
          `INSERT INTO audit_event (id, actor_id, action, entity_type, entity_id, before, after, reason, at, source_install_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
          [
            a.id,
            a.actorId,
            a.action,
            a.entityType,
            a.entityId,
            JSON.stringify(a.before ?? null),
            JSON.stringify(a.after ?? null),
            a.reason,
            a.at,
            a.sourceInstallId,
          ],
        );
      }
      default:
        throw new RecordsInvalidException(type, '-', 'this server does not know this record type');
    }
  }

  /** Writes a mutable record's incoming fields over the held row: a registrar's choice of the incoming side. */
  async takeIncoming(type: MutableType, data: RecordData[MutableType]): Promise<void> {
    const resolved = await this.resolve(type, data);
    await this.manager.query(...resolved.update);
    await this.stamp(type, resolved.localId, data);
  }

  /** Marks the incoming version as seen while the held row stays as it is: a registrar's choice of the local side. */
  async keepLocal(type: MutableType, localId: string, data: { updatedAt: string; sourceInstallId: string }): Promise<void> {
    await this.stamp(type, localId, data);
  }

  private async versioned(type: MutableType, d: RecordData[MutableType]): Promise<RecordOutcome> {
    const resolved = await this.resolve(type, d);
    const [row] = (await this.manager.query(SNAPSHOTS[type], [resolved.localId, d.updatedAt])) as {
      fields: Record<string, unknown>;
      worker_id: string;
      older: boolean;
      local_changed: boolean;
    }[];
    let outcome: RecordOutcome;
    if (!row) {
      await this.manager.query(...resolved.insert);
      outcome = 'added';
    } else if (row.older) {
      return 'older';
    } else if (same(row.fields, resolved.fields)) {
      outcome = 'unchanged';
    } else if (row.local_changed) {
      await this.conflict(type, resolved, row.fields, d);
      return 'conflict';
    } else {
      await this.manager.query(...resolved.update);
      outcome = 'updated';
    }
    await this.stamp(type, resolved.localId, d);
    return outcome;
  }

  private async resolve(type: MutableType, d: RecordData[MutableType]): Promise<Resolved> {
    if (type === 'worker') {
      const w = d as WorkerData;
      const facility = await this.identity.facility(w.facilityCode, type, w.id);
      const localId = await this.identity.worker(w.id, w.registrationNumber, w.sourceInstallId);
      await this.identity.requireWorkerInScope(localId, facility.path);
      this.identity.placed(localId, facility.path);
      return {
        localId,
        workerId: localId,
        fields: { registrationNumber: w.registrationNumber, name: w.name, cadre: w.cadre, facilityCode: w.facilityCode },
        insert: [
          `INSERT INTO worker (id, registration_number, name, cadre, facility_id, created_at, source_install_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [localId, w.registrationNumber, w.name, w.cadre, facility.id, w.createdAt, w.sourceInstallId],
        ],
        update: [
          `UPDATE worker SET registration_number = $2, name = $3, cadre = $4, facility_id = $5 WHERE id = $1`,
          [localId, w.registrationNumber, w.name, w.cadre, facility.id],
        ],
      };
    }
    if (type === 'workerPosting') {
      const p = d as WorkerPostingData;
      const facility = await this.identity.facility(p.facilityCode, type, p.id);
      const workerId = await this.identity.local('worker', p.workerId);
      await this.identity.requireWorkerInScope(workerId, facility.path);
      return {
        localId: p.id,
        workerId,
        fields: { workerId, facilityCode: p.facilityCode, startedOn: p.startedOn, endedOn: p.endedOn },
        insert: [
          `INSERT INTO worker_posting (id, worker_id, facility_id, started_on, ended_on, source_install_id) VALUES ($1, $2, $3, $4, $5, $6)`,
          [p.id, workerId, facility.id, p.startedOn, p.endedOn, p.sourceInstallId],
        ],
        update: [
          `UPDATE worker_posting SET worker_id = $2, facility_id = $3, started_on = $4, ended_on = $5 WHERE id = $1`,
          [p.id, workerId, facility.id, p.startedOn, p.endedOn],
        ],
      };
    }
    const l = d as LicenceData;
    const regionId = await this.identity.region(l.issuingRegionCode, type, l.id);
    const workerId = await this.owner(l.workerId);
    const localId = await this.identity.licence(l.id, l.number, l.sourceInstallId);
    const values = [
      localId,
      l.number,
      workerId,
      l.licenceTypeId,
      regionId,
      l.issuedOn,
      l.expiresOn,
      l.status,
      l.statusReason,
      l.cycleStartedAt,
    ];
    return {
      localId,
      workerId,
      fields: {
        number: l.number,
        workerId,
        licenceTypeId: l.licenceTypeId,
        issuingRegionCode: l.issuingRegionCode,
        issuedOn: l.issuedOn,
        expiresOn: l.expiresOn,
        status: l.status,
        statusReason: l.statusReason,
        cycleStartedAt: l.cycleStartedAt,
      },
      insert: [
        `INSERT INTO licence (id, number, worker_id, licence_type_id, issuing_region_id, issued_on, expires_on, status, status_reason, cycle_started_at, source_install_id)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [...values, l.sourceInstallId],
      ],
      update: [
        `UPDATE licence SET number = $2, worker_id = $3, licence_type_id = $4, issuing_region_id = $5, issued_on = $6, expires_on = $7, status = $8,
        status_reason = $9, cycle_started_at = $10 WHERE id = $1`,
        values,
      ],
    };
  }

  /** The incoming version is now the one applied, and the row as it stands is what "not changed here since" means. */
  private async stamp(type: MutableType, localId: string, d: { updatedAt: string; sourceInstallId: string }) {
    await this.manager.query(
      `INSERT INTO records_version (record_type, record_id, source_install_id, version, local_updated_at)
       SELECT $1, t.id, $3, $4, t.updated_at FROM ${TABLES[type]} t WHERE t.id = $2
       ON CONFLICT (record_type, record_id) DO UPDATE SET source_install_id = EXCLUDED.source_install_id, version = EXCLUDED.version,
         local_updated_at = EXCLUDED.local_updated_at`,
      [type, localId, d.sourceInstallId, d.updatedAt],
    );
  }

  /** One open conflict per record: a later package's newer version replaces the incoming side of it. */
  private async conflict(type: MutableType, resolved: Resolved, local: Record<string, unknown>, d: RecordData[MutableType]) {
    await this.manager.query(
      `INSERT INTO records_conflict (record_type, record_id, worker_id, source_install_id, package_id, local, incoming, incoming_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (record_type, record_id) WHERE settled_at IS NULL DO UPDATE SET package_id = EXCLUDED.package_id, local = EXCLUDED.local,
         incoming = EXCLUDED.incoming, incoming_version = EXCLUDED.incoming_version, source_install_id = EXCLUDED.source_install_id
       WHERE records_conflict.incoming_version < EXCLUDED.incoming_version`,
      [type, resolved.localId, resolved.workerId, d.sourceInstallId, this.packageId, JSON.stringify(local), JSON.stringify(d), d.updatedAt],
    );
  }

  private async certificate(c: RecordData['certificate']): Promise<RecordOutcome> {
    const workerId = await this.owner(c.workerId);
    const licenceId = c.licenceId ? await this.identity.local('licence', c.licenceId) : null;
    // A certificate this install issued itself for the same completion (unrevoked) stays the one it shows.
    const added = await this.inserted(
      `INSERT INTO certificate (id, worker_id, kind, title, curriculum_id, licence_id, short_code, credential, issued_at, revoked_at, revoked_reason, source_install_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING id`,
      [
        c.id,
        workerId,
        c.kind,
        c.title,
        c.curriculumId,
        licenceId,
        c.shortCode,
        c.credential,
        c.issuedAt,
        c.revokedAt,
        c.revokedReason,
        c.sourceInstallId,
      ],
    );
    if (added === 'added' || !c.revokedAt) return added;
    const revoked = (await this.manager.query(
      `UPDATE certificate SET revoked_at = $2, revoked_reason = $3 WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [c.id, c.revokedAt, c.revokedReason],
    )) as [unknown[], number];
    return revoked[1] > 0 ? 'updated' : 'unchanged';
  }

  /** The worker a record belongs to, here; refused to a scoped importer outside its regions. */
  private async owner(workerId: string): Promise<string> {
    const local = await this.identity.local('worker', workerId);
    await this.identity.requireWorkerInScope(local);
    return local;
  }

  /** A scoped importer takes only events about its workers, their licences, certificates and ledger lines. */
  private async requireAuditInScope(a: RecordData['auditEvent']) {
    if (!this.identity.scoped) return;
    const owners: Record<string, string> = {
      worker: `SELECT id AS worker_id FROM worker WHERE id = $1`,
      licence: `SELECT worker_id FROM licence WHERE id = $1`,
      certificate: `SELECT worker_id FROM certificate WHERE id = $1`,
      credit_entry: `SELECT worker_id FROM credit_entry WHERE id = $1`,
    };
    let owner: string | undefined;
    if (owners[a.entityType] && UUID.test(a.entityId)) {
      const id = a.entityType === 'worker' || a.entityType === 'licence' ? await this.identity.local(a.entityType, a.entityId) : a.entityId;
      owner = ((await this.manager.query(owners[a.entityType], [id])) as { worker_id: string }[])[0]?.worker_id;
    }
    await this.identity.requireWorkerInScope(owner ?? NO_WORKER);
  }

  private async inserted(sql: string, params: unknown[]): Promise<RecordOutcome> {
    return ((await this.manager.query(sql, params)) as unknown[]).length > 0 ? 'added' : 'unchanged';
  }
}
