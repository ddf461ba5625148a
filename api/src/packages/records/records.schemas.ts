import { z } from 'zod';
import type { RecordData, RecordType } from './records-format';

// What each record line must hold before anything of it is written: a package signed by a trusted install can
// still come from an older or newer Dari, so its records are checked, not trusted to match this version.
const uuid = z.string().uuid();
const text = z.string().min(1).max(10_000);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().datetime({ offset: true });
const sourced = { sourceInstallId: uuid };

export const RECORD_SCHEMAS: { [T in RecordType]: z.ZodType<RecordData[T]> } = {
  worker: z.object({
    ...sourced,
    id: uuid,
    registrationNumber: text,
    name: text,
    cadre: text,
    facilityCode: text,
    createdAt: instant,
    updatedAt: instant,
  }),
  workerPosting: z.object({
    ...sourced,
    id: uuid,
    workerId: uuid,
    facilityCode: text,
    startedOn: date,
    endedOn: date.nullable(),
    updatedAt: instant,
  }),
  licence: z.object({
    ...sourced,
    id: uuid,
    number: text,
    workerId: uuid,
    licenceTypeId: text,
    issuingRegionCode: text,
    issuedOn: date,
    expiresOn: date,
    status: z.enum(['active', 'lapsed', 'suspended', 'revoked']),
    statusReason: z.string().nullable(),
    cycleStartedAt: instant.nullable(),
    updatedAt: instant,
  }),
  creditEntry: z.object({
    ...sourced,
    id: uuid,
    workerId: uuid,
    source: z.enum(['course_completion', 'manual', 'reversal']),
    hours: z.number().finite(),
    topic: text,
    earnedOn: date,
    courseId: z.string().nullable(),
    note: z.string().nullable(),
    reversesId: uuid.nullable(),
    createdAt: instant,
  }),
  courseCompletion: z.object({
    ...sourced,
    workerId: uuid,
    courseId: text,
    completedAt: instant,
    creditHours: z.number().finite(),
    topic: text,
  }),
  curriculumCompletion: z.object({ ...sourced, workerId: uuid, curriculumId: text, completedAt: instant }),
  certificate: z.object({
    ...sourced,
    id: uuid,
    workerId: uuid,
    kind: z.enum(['curriculum', 'licence_renewal']),
    title: text,
    curriculumId: z.string().nullable(),
    licenceId: uuid.nullable(),
    shortCode: text,
    credential: z.string().min(2),
    issuedAt: instant,
    revokedAt: instant.nullable(),
    revokedReason: z.string().nullable(),
  }),
  skillAssessment: z.object({
    ...sourced,
    id: uuid,
    workerId: uuid,
    checklistId: text,
    checklistVersion: z.number().int(),
    outcome: text,
    assessedOn: date,
    facilityCode: text,
    missedSteps: z.array(z.number().int()),
    note: z.string().nullable(),
    recordedAt: instant,
  }),
  auditEvent: z.object({
    ...sourced,
    id: uuid,
    actorId: uuid.nullable(),
    action: text,
    entityType: text,
    entityId: text,
    before: z.unknown(),
    after: z.unknown(),
    reason: z.string().nullable(),
    at: instant,
  }),
};
