/**
 * The records package: a container of kind `records` (packages/container) whose record lines are the registry
 * and learning records below, in this order, so a reader meets a worker before what refers to it. Every record
 * keeps the id it was made with and the install it was made on (`sourceInstallId`); places are named by their
 * codes (facility, region), which every install shares from the organisations seed, never by local ids.
 */
export const RECORD_TYPES = [
  'worker',
  'workerPosting',
  'licence',
  'creditEntry',
  'courseCompletion',
  'curriculumCompletion',
  'certificate',
  'skillAssessment',
  'auditEvent',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export type RecordCounts = Record<RecordType, number>;

export const emptyCounts = (): RecordCounts => Object.fromEntries(RECORD_TYPES.map((type) => [type, 0])) as RecordCounts;

/** Manifest fields beside the container's own. `since` null: everything up to `until`. */
export interface RecordsManifestFields {
  kind: 'records';
  since: string | null;
  until: string;
  /** The region paths the export was limited to (a scoped registrar's), or null: the whole install. */
  scope: string[] | null;
  counts: RecordCounts;
}

interface Sourced {
  sourceInstallId: string;
}

/** Mutable records carry `updatedAt`: the version an importer compares. */
export interface WorkerData extends Sourced {
  id: string;
  registrationNumber: string;
  name: string;
  cadre: string;
  facilityCode: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkerPostingData extends Sourced {
  id: string;
  workerId: string;
  facilityCode: string;
  startedOn: string;
  endedOn: string | null;
  updatedAt: string;
}

export interface LicenceData extends Sourced {
  id: string;
  number: string;
  workerId: string;
  licenceTypeId: string;
  issuingRegionCode: string;
  issuedOn: string;
  expiresOn: string;
  status: string;
  statusReason: string | null;
  cycleStartedAt: string | null;
  updatedAt: string;
}

/** A ledger line: append-only, never changed once written. */
export interface CreditEntryData extends Sourced {
  id: string;
  workerId: string;
  source: string;
  hours: number;
  topic: string;
  earnedOn: string;
  courseId: string | null;
  note: string | null;
  reversesId: string | null;
  createdAt: string;
}

export interface CourseCompletionData extends Sourced {
  workerId: string;
  courseId: string;
  completedAt: string;
  creditHours: number;
  topic: string;
}

export interface CurriculumCompletionData extends Sourced {
  workerId: string;
  curriculumId: string;
  completedAt: string;
}

/** The whole signed credential travels; only a revocation ever changes a certificate. */
export interface CertificateData extends Sourced {
  id: string;
  workerId: string;
  kind: string;
  title: string;
  curriculumId: string | null;
  licenceId: string | null;
  shortCode: string;
  credential: string;
  issuedAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface SkillAssessmentData extends Sourced {
  id: string;
  workerId: string;
  checklistId: string;
  checklistVersion: number;
  outcome: string;
  assessedOn: string;
  facilityCode: string;
  missedSteps: number[];
  note: string | null;
  recordedAt: string;
}

export interface AuditEventData extends Sourced {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  at: string;
}

export interface RecordData {
  worker: WorkerData;
  workerPosting: WorkerPostingData;
  licence: LicenceData;
  creditEntry: CreditEntryData;
  courseCompletion: CourseCompletionData;
  curriculumCompletion: CurriculumCompletionData;
  certificate: CertificateData;
  skillAssessment: SkillAssessmentData;
  auditEvent: AuditEventData;
}
