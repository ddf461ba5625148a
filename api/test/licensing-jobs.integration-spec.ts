import { randomUUID } from 'node:crypto';
import { ModuleRef } from '@nestjs/core';
import { SchedulerRegistry } from '@nestjs/schedule';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/app-config';
import { DAILY_JOB, LicensingJobs } from '../src/licensing/licensing-jobs.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { FIXTURE_CONTENT, type TestApp } from './support/test-app';
import { registerWorker, startRegistrarApp } from './support/workforce';

const ISSUE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id } }`;
const ASSIGN = `mutation ($id: UUID!, $due: LocalDate!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: $due) }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** A midwife's licence (valid five years) issued on this day expires `plusDays` from today. */
const expiringIn = (plusDays: number) => `${Number(day(plusDays).slice(0, 4)) - 5}${day(plusDays).slice(4)}`;

describe(`the daily licensing job (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  /** A midwife trainee with her worker record and a licence expiring `plusDays` from today. */
  const midwife = async (plusDays: number) => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn: expiringIn(plusDays) };
    const issued = await app.gql<{ issueLicence: { id: string } }>(ISSUE, { workerId, input }, { token: registrar });
    return { userId: trainee.id, workerId, licenceId: issued.data!.issueLicence.id };
  };

  /** Everything a run may write about these workers: their licences, licence audit events and notices. */
  const state = async (people: { userId: string; workerId: string }[]) => ({
    licences: await app.db.query(`SELECT id, status, status_reason FROM licence WHERE worker_id = ANY($1) ORDER BY id`, [
      people.map((p) => p.workerId),
    ]),
    audit: await app.db.query(
      `SELECT entity_id, action FROM audit_event WHERE entity_type = 'licence' AND entity_id IN (SELECT id::text FROM licence WHERE worker_id = ANY($1)) ORDER BY entity_id, action`,
      [people.map((p) => p.workerId)],
    ),
    notices: await app.db.query(
      `SELECT user_id, kind, dedupe_key FROM notification WHERE user_id = ANY($1) ORDER BY user_id, kind, dedupe_key`,
      [people.map((p) => p.userId)],
    ),
  });

  it('lapses and reminds on its first run of the day, and changes nothing when it runs again that day', async () => {
    const lapsing = await midwife(-3);
    const expiring = await midwife(60);
    await app.gql(ASSIGN, { id: expiring.workerId, due: day(10) }, { token: registrar });
    const status = async (licenceId: string) => (await app.db.query(`SELECT status FROM licence WHERE id = $1`, [licenceId]))[0].status;
    expect(await status(lapsing.licenceId)).toBe('active');

    const jobs = app.nest.get(LicensingJobs);
    const first = await jobs.daily();
    expect(first.lapsed).toBeGreaterThanOrEqual(1);
    expect(first.reminders).toBeGreaterThanOrEqual(2);
    const after = await state([lapsing, expiring]);
    expect(await status(lapsing.licenceId)).toBe('lapsed');
    expect(after.audit).toContainEqual({ entity_id: lapsing.licenceId, action: 'licence.lapsed' });
    expect(after.notices.filter((n: { user_id: string }) => n.user_id === expiring.userId).map((n: { kind: string }) => n.kind)).toEqual([
      'licence_expiring',
      'retraining_assigned',
      'retraining_due_soon',
    ]);

    expect(await jobs.daily()).toEqual({ lapsed: 0, reminders: 0 });
    // Two replicas run it at the same minute: still nothing.
    expect(await Promise.all([jobs.daily(), jobs.daily()])).toEqual([
      { lapsed: 0, reminders: 0 },
      { lapsed: 0, reminders: 0 },
    ]);
    expect(await state([lapsing, expiring])).toEqual(after);
  });

  it('is scheduled daily at 00:05 UTC by the server only: the apps of the CLIs and of these tests schedule nothing', async () => {
    // Asked through a ModuleRef, which throws where the app itself would end the process.
    expect(() => app.nest.get(ModuleRef).get(SchedulerRegistry, { strict: false })).toThrow(/SchedulerRegistry/);

    const config = { ...loadConfig(), databaseUrl: process.env.DATABASE_URL, demo: false, contentDir: FIXTURE_CONTENT, logLevel: 'warn' };
    const server = await createApp(config, { checkInstallMode: false, scheduleJobs: true });
    try {
      const job = server.app.get(SchedulerRegistry).getCronJob(DAILY_JOB.name);
      expect(job.isActive).toBe(true);
      expect(job.cronTime.source).toBe('5 0 * * *');
      expect(job.nextDate().toUTC().toFormat('HH:mm')).toBe('00:05');
      expect([...server.app.get(SchedulerRegistry).getCronJobs().keys()]).toEqual([DAILY_JOB.name]);
    } finally {
      await server.stop();
    }
  });
});
