import type { RecordType } from './records-format';

/**
 * One keyset-paged query per record type, built as text so the SQL the exporter runs is the SQL one reads here.
 * Parameters: $1 since (null: from the beginning), $2 until, $3 region paths of the scope (null: the whole
 * install), $4 the last key of the previous batch, $5 the batch size, $6 this install's id (the source of rows
 * made here). Each row is `{ k, data }`: `data` is the record exactly as it goes into the package.
 */
export const FIRST_KEY: Record<RecordType, string> = {
  worker: '00000000-0000-0000-0000-000000000000',
  workerPosting: '00000000-0000-0000-0000-000000000000',
  licence: '00000000-0000-0000-0000-000000000000',
  creditEntry: '00000000-0000-0000-0000-000000000000',
  courseCompletion: '00000000-0000-0000-0000-000000000000/',
  curriculumCompletion: '00000000-0000-0000-0000-000000000000/',
  certificate: '00000000-0000-0000-0000-000000000000',
  skillAssessment: '00000000-0000-0000-0000-000000000000',
  auditEvent: '00000000-0000-0000-0000-000000000000',
};

/** Records committed a little before `since` by a long transaction are caught: packages overlap, imports are idempotent. */
export const SINCE_OVERLAP = `interval '10 minutes'`;

const ts = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const inWindow = (column: string) =>
  `($1::timestamptz IS NULL OR ${column} > $1::timestamptz - ${SINCE_OVERLAP}) AND ${column} <= $2::timestamptz`;
/** The worker (alias w) of the row sits in a scoped region; rows of workers this install does not hold go with a whole-install export only. */
const inScope = `($3::text[] IS NULL OR r.path LIKE ANY (SELECT s || '%' FROM unnest($3::text[]) s))`;
const workerOf = (column: string) =>
  `LEFT JOIN worker w ON w.id = ${column} LEFT JOIN facility f ON f.id = w.facility_id LEFT JOIN region r ON r.id = f.region_id`;
const source = (alias: string) => `'sourceInstallId', coalesce(${alias}.source_install_id, $6::uuid)`;
const byId = (alias: string) => `${alias}.id > $4::uuid`;
const page = (key: string) => `ORDER BY ${key} LIMIT $5`;

export const EXPORT_QUERIES: Record<RecordType, string> = {
  worker: `SELECT w.id::text AS k, json_build_object('id', w.id, 'registrationNumber', w.registration_number, 'name', w.name, 'cadre', w.cadre,
      'facilityCode', f.code, 'createdAt', ${ts('w.created_at')}, 'updatedAt', ${ts('w.updated_at')}, ${source('w')}) AS data
    FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
    WHERE ${byId('w')} AND ${inWindow('w.updated_at')} AND ${inScope} ${page('w.id')}`,
  workerPosting: `SELECT p.id::text AS k, json_build_object('id', p.id, 'workerId', p.worker_id, 'facilityCode', pf.code, 'startedOn', p.started_on,
      'endedOn', p.ended_on, 'updatedAt', ${ts('p.updated_at')}, ${source('p')}) AS data
    FROM worker_posting p JOIN facility pf ON pf.id = p.facility_id ${workerOf('p.worker_id')}
    WHERE ${byId('p')} AND ${inWindow('p.updated_at')} AND ${inScope} ${page('p.id')}`,
  licence: `SELECT l.id::text AS k, json_build_object('id', l.id, 'number', l.number, 'workerId', l.worker_id, 'licenceTypeId', l.licence_type_id,
      'issuingRegionCode', ir.code, 'issuedOn', l.issued_on, 'expiresOn', l.expires_on, 'status', l.status, 'statusReason', l.status_reason,
      'cycleStartedAt', ${ts('l.cycle_started_at')}, 'updatedAt', ${ts('l.updated_at')}, ${source('l')}) AS data
    FROM licence l JOIN region ir ON ir.id = l.issuing_region_id ${workerOf('l.worker_id')}
    WHERE ${byId('l')} AND ${inWindow('l.updated_at')} AND ${inScope} ${page('l.id')}`,
  creditEntry: `SELECT c.id::text AS k, json_build_object('id', c.id, 'workerId', c.worker_id, 'source', c.source, 'hours', c.hours, 'topic', c.topic,
      'earnedOn', c.earned_on, 'courseId', c.course_id, 'note', c.note, 'reversesId', c.reverses_id, 'createdAt', ${ts('c.created_at')}, ${source('c')}) AS data
    FROM credit_entry c ${workerOf('c.worker_id')}
    WHERE ${byId('c')} AND ${inWindow('c.created_at')} AND ${inScope} ${page('c.id')}`,
  // Learning records of workers only: an account that is no worker's is no registry record.
  courseCompletion: `SELECT cc.user_id::text || '/' || cc.course_id AS k, json_build_object('workerId', w.id, 'courseId', cc.course_id,
      'completedAt', ${ts('cc.completed_at')}, 'creditHours', cc.credit_hours, 'topic', cc.topic, 'sourceInstallId', coalesce(w.source_install_id, $6::uuid)) AS data
    FROM course_completion cc JOIN worker w ON w.user_id = cc.user_id JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
    WHERE (cc.user_id, cc.course_id) > (split_part($4, '/', 1)::uuid, split_part($4, '/', 2)) AND ${inWindow('cc.completed_at')} AND ${inScope}
    ${page('cc.user_id, cc.course_id')}`,
  curriculumCompletion: `SELECT cc.user_id::text || '/' || cc.curriculum_id AS k, json_build_object('workerId', w.id, 'curriculumId', cc.curriculum_id,
      'completedAt', ${ts('cc.completed_at')}, 'sourceInstallId', coalesce(w.source_install_id, $6::uuid)) AS data
    FROM curriculum_completion cc JOIN worker w ON w.user_id = cc.user_id JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id
    WHERE (cc.user_id, cc.curriculum_id) > (split_part($4, '/', 1)::uuid, split_part($4, '/', 2)) AND ${inWindow('cc.completed_at')} AND ${inScope}
    ${page('cc.user_id, cc.curriculum_id')}`,
  // Issued or revoked in the window: a revocation re-sends the whole certificate with its revocation.
  certificate: `SELECT x.id::text AS k, json_build_object('id', x.id, 'workerId', x.worker_id, 'kind', x.kind, 'title', x.title, 'curriculumId', x.curriculum_id,
      'licenceId', x.licence_id, 'shortCode', x.short_code, 'credential', x.credential, 'issuedAt', ${ts('x.issued_at')},
      'revokedAt', ${ts('x.revoked_at')}, 'revokedReason', x.revoked_reason, ${source('x')}) AS data
    FROM certificate x ${workerOf('x.worker_id')}
    WHERE ${byId('x')} AND ${inWindow('coalesce(x.revoked_at, x.issued_at)')} AND ${inScope} ${page('x.id')}`,
  skillAssessment: `SELECT s.id::text AS k, json_build_object('id', s.id, 'workerId', s.worker_id, 'checklistId', s.checklist_id,
      'checklistVersion', s.checklist_version, 'outcome', s.outcome, 'assessedOn', s.assessed_on, 'facilityCode', sf.code,
      'missedSteps', s.missed_steps, 'note', s.note, 'recordedAt', ${ts('s.recorded_at')}, 'sourceInstallId', coalesce(w.source_install_id, $6::uuid)) AS data
    FROM skill_assessment s JOIN facility sf ON sf.id = s.facility_id ${workerOf('s.worker_id')}
    WHERE ${byId('s')} AND ${inWindow('s.recorded_at')} AND ${inScope} ${page('s.id')}`,
  // A scoped export carries the events about its workers, their licences, certificates and ledger lines.
  auditEvent: `SELECT a.id::text AS k, json_build_object('id', a.id, 'actorId', a.actor_id, 'action', a.action, 'entityType', a.entity_type,
      'entityId', a.entity_id, 'before', a.before, 'after', a.after, 'reason', a.reason, 'at', ${ts('a.at')}, ${source('a')}) AS data
    FROM audit_event a
    LEFT JOIN licence al ON a.entity_type = 'licence' AND al.id::text = a.entity_id
    LEFT JOIN certificate ac ON a.entity_type = 'certificate' AND ac.id::text = a.entity_id
    LEFT JOIN credit_entry ae ON a.entity_type = 'credit_entry' AND ae.id::text = a.entity_id
    ${workerOf(`CASE a.entity_type WHEN 'worker' THEN a.entity_id::uuid WHEN 'licence' THEN al.worker_id WHEN 'certificate' THEN ac.worker_id WHEN 'credit_entry' THEN ae.worker_id END`)}
    WHERE ${byId('a')} AND ${inWindow('a.at')} AND ($3::text[] IS NULL OR (w.id IS NOT NULL AND ${inScope})) ${page('a.id')}`,
};
