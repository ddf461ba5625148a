import { randomUUID } from 'node:crypto';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { everyRow } from './support/pages';
import { countQueries } from './support/query-counter';
import { codeOf, type TestApp } from './support/test-app';
import { newFacilityIn, registerWorker, startRegistrarApp } from './support/workforce';

const REGISTER = `mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id name cadre } }`;
const ISSUE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id number status issuedOn expiresOn } }`;
const WORKER = `query ($id: UUID!) { worker(id: $id) { id name facility { id name } postings { facilityId }
  licences { id number status expiresOn statusReason type { id creditsPerCycle } eligibility { required earned remaining eligible deadline topics { topic required earned remaining } } }
  ledger { id source hours topic earnedOn note } } }`;
const transition = (name: string, withReason = true) =>
  `mutation ($id: UUID!${withReason ? ', $reason: String!' : ', $reason: String'}) { ${name}(id: $id, reason: $reason) { id status statusReason expiresOn } }`;
const ADD_CREDIT = `mutation ($workerId: UUID!, $input: CreditEntryInput!) { addCreditEntry(workerId: $workerId, input: $input) { id hours topic } }`;
const REVERSE = `mutation ($id: UUID!, $reason: String!) { reverseCreditEntry(id: $id, reason: $reason) { id hours } }`;

describe(`licensing (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  const registerMidwife = (userId?: string) => registerWorker(app, registrar, { facilityId, userId });
  const issue = async (workerId: string, issuedOn: string) => {
    const result = await app.gql<{ issueLicence: { id: string; status: string; expiresOn: string } }>(
      ISSUE,
      { workerId, input: { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn } },
      { token: registrar },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.issueLicence;
  };
  const audit = (entityId: string) =>
    app.db.query(`SELECT action, reason, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY at`, [entityId]);
  const isoToday = () => new Date().toISOString().slice(0, 10);

  it('issues a licence valid for the type’s years and audits it; shows expiring within 90 days', async () => {
    const workerId = await registerMidwife();
    const fresh = await issue(workerId, isoToday());
    expect(fresh.status).toBe('active');
    expect(fresh.expiresOn.slice(0, 4)).toBe(String(new Date().getUTCFullYear() + 5));
    const soon = new Date();
    soon.setUTCFullYear(soon.getUTCFullYear() - 5);
    soon.setUTCDate(soon.getUTCDate() + 30);
    expect((await issue(workerId, soon.toISOString().slice(0, 10))).status).toBe('expiring');
    expect((await audit(fresh.id)).map((a: { action: string }) => a.action)).toEqual(['licence.issued']);
  });

  it('suspends, reinstates and revokes with reasons, refuses invalid transitions, and audits each change', async () => {
    const workerId = await registerMidwife();
    const { id } = await issue(workerId, isoToday());
    const run = (name: string, reason?: string) =>
      app.gql<Record<string, { status: string }>>(transition(name, reason !== undefined), { id, reason }, { token: registrar });
    expect(codeOf(await run('suspendLicence', ' '))).toBe('BAD_USER_INPUT');
    expect((await run('suspendLicence', '징계 조사중')).data!.suspendLicence.status).toBe('suspended');
    expect(codeOf(await run('suspendLicence', '다시'))).toBe('INVALID_TRANSITION');
    expect((await run('reinstateLicence', '조사 끝남')).data!.reinstateLicence.status).toBe('active');
    expect((await run('revokeLicence', '면허 취소 결정')).data!.revokeLicence).toMatchObject({
      status: 'revoked',
      statusReason: '면허 취소 결정',
    });
    const reinstate = await run('reinstateLicence', '되살림');
    expect(reinstate.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', messageKo: expect.stringContaining('revoked') });
    expect((await audit(id)).map((a: { action: string; reason: string }) => [a.action, a.reason])).toEqual([
      ['licence.issued', null],
      ['licence.suspended', '징계 조사중'],
      ['licence.reinstated', '조사 끝남'],
      ['licence.revoked', '면허 취소 결정'],
    ]);
  });

  it('lapses an expired licence automatically and renews only with the credits or a written exception', async () => {
    const workerId = await registerMidwife();
    const { id } = await issue(workerId, '2020-01-10');
    const renew = (reason?: string) =>
      app.gql<{ renewLicence: { status: string; expiresOn: string } }>(
        transition('renewLicence', false),
        { id, reason },
        { token: registrar },
      );
    const refused = await renew();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'NOT_ELIGIBLE', remaining: 30 });
    const worker = await app.gql<{ worker: { licences: { status: string }[] } }>(WORKER, { id: workerId }, { token: registrar });
    expect(worker.data!.worker.licences[0].status).toBe('lapsed');
    const renewed = await renew('이전 실무경력 인정 (도인민위원회 결정)');
    expect(renewed.data!.renewLicence.status).toBe('active');
    expect(renewed.data!.renewLicence.expiresOn > isoToday()).toBe(true);
    expect((await audit(id)).map((a: { action: string; actor_id: string | null }) => [a.action, a.actor_id === null])).toEqual([
      ['licence.issued', false],
      ['licence.lapsed', true],
      ['licence.renewed', false],
    ]);
  });

  it('adds up the ledger per topic, with manual lines, reversals and course completions, never editing a line', async () => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerMidwife(trainee.id);
    await issue(
      workerId,
      isoToday().replace(/^\d{4}/, (y) => String(Number(y) - 1)),
    );
    const add = (hours: number, topic: string) =>
      app.gql<{ addCreditEntry: { id: string } }>(
        ADD_CREDIT,
        { workerId, input: { hours, topic, earnedOn: isoToday(), note: '군인민병원 현장강습, 강사 확인서' } },
        { token: registrar },
      );
    await add(10, 'maternal');
    const wrong = (await add(8, 'tb')).data!.addCreditEntry.id;
    expect((await app.gql(REVERSE, { id: wrong, reason: '중복 입력' }, { token: registrar })).data).toMatchObject({
      reverseCreditEntry: { hours: -8 },
    });
    expect(codeOf(await app.gql(REVERSE, { id: wrong, reason: '또' }, { token: registrar }))).toBe('ALREADY_REVERSED');
    expect(codeOf(await add(-5, 'ncd'))).toBe('BAD_USER_INPUT');
    // A course completed in the learning domain enters the ledger by itself.
    await app.db.query(
      `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic) VALUES ($1, 'test-course', now(), 3, 'maternal')`,
      [trainee.id],
    );
    const worker = await app.gql<{
      worker: { ledger: { source: string; hours: number }[]; licences: { eligibility: Record<string, unknown> }[] };
    }>(WORKER, { id: workerId }, { token: registrar });
    expect(worker.data!.worker.ledger.map((l) => [l.source, l.hours]).sort()).toEqual(
      [
        ['course_completion', 3],
        ['manual', 10],
        ['manual', 8],
        ['reversal', -8],
      ].sort(),
    );
    expect(worker.data!.worker.licences[0].eligibility).toMatchObject({
      required: 30,
      earned: 13,
      remaining: 17,
      eligible: false,
      topics: [{ topic: 'maternal', required: 15, earned: 13, remaining: 2 }],
    });
    const own = await app.gql<{ myWorker: { id: string; ledger: unknown[] } }>(
      `{ myWorker { id ledger { id } } }`,
      {},
      { token: trainee.token },
    );
    expect(own.data!.myWorker).toMatchObject({ id: workerId });
    expect(own.data!.myWorker.ledger).toHaveLength(4);
  });

  it('keeps a registrar of one province out of every operation on another province’s workers', async () => {
    const workerId = await registerMidwife();
    const { id: licenceId } = await issue(workerId, isoToday());
    const entry = (
      await app.gql<{ addCreditEntry: { id: string } }>(
        ADD_CREDIT,
        { workerId, input: { hours: 1, topic: 'tb', earnedOn: isoToday(), note: '강습' } },
        { token: registrar },
      )
    ).data!.addCreditEntry.id;
    const pyongyang = (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
    const denied = [
      await app.gql(WORKER, { id: workerId }, { token: pyongyang }),
      await app.gql(
        REGISTER,
        { input: { registrationNumber: `R-${randomUUID().slice(0, 8)}`, name: '리', cadre: 'nurse', facilityId } },
        { token: pyongyang },
      ),
      await app.gql(ISSUE, { workerId, input: { licenceTypeId: 'midwife', number: 'X-12345' } }, { token: pyongyang }),
      ...(await Promise.all(
        ['renewLicence', 'suspendLicence', 'reinstateLicence', 'revokeLicence'].map((m) =>
          app.gql(transition(m, m !== 'renewLicence'), { id: licenceId, reason: '사유' }, { token: pyongyang }),
        ),
      )),
      await app.gql(ADD_CREDIT, { workerId, input: { hours: 1, topic: 'tb', earnedOn: isoToday(), note: '강습' } }, { token: pyongyang }),
      await app.gql(REVERSE, { id: entry, reason: '사유' }, { token: pyongyang }),
    ];
    expect(denied.map(codeOf)).toEqual(Array(denied.length).fill('FORBIDDEN'));
    const [{ registration_number: number }] = await app.db.query(`SELECT registration_number FROM worker WHERE id = $1`, [workerId]);
    const LIST = `query ($search: String!) { workers(filter: { search: $search }) { items { id } } }`;
    const list = await app.gql<{ workers: { items: { id: string }[] } }>(LIST, { search: number }, { token: pyongyang });
    expect(list.data!.workers.items).toEqual([]);
    const own = await app.gql<{ workers: { items: { id: string }[] } }>(LIST, { search: number }, { token: registrar });
    expect(own.data!.workers.items).toEqual([{ id: workerId }]);
    expect((await audit(licenceId)).map((a: { action: string }) => a.action)).toEqual(['licence.issued']);
  });

  it('assigns retraining to one worker or to every worker of a cadre in a facility, and follows it from learning', async () => {
    // A facility of its own: other specs on the shared database assign plans in the province's first one.
    const facilityId = await newFacilityIn(app);
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    await registerWorker(app, registrar, { facilityId });
    await registerWorker(app, registrar, { facilityId, cadre: 'nurse' });
    const due = `${new Date().getUTCFullYear() + 1}-06-30`;
    const bulk = await app.gql<{ assignRetrainingBulk: number }>(
      `mutation ($due: LocalDate!, $f: UUID!) { assignRetrainingBulk(curriculumId: "test-curriculum", dueOn: $due, facilityId: $f, cadre: midwife) }`,
      { due, f: facilityId },
      { token: registrar },
    );
    const midwives = await app.db.query(`SELECT count(*)::int AS n FROM worker WHERE facility_id = $1 AND cadre = 'midwife'`, [facilityId]);
    expect(bulk.data!.assignRetrainingBulk).toBe(midwives[0].n);
    const PLANS = `query ($id: UUID!) { worker(id: $id) { retrainingPlans { curriculumId dueOn progress { coursesTotal coursesCompleted done overdue } } } }`;
    const before = await app.gql<{ worker: { retrainingPlans: unknown[] } }>(PLANS, { id: workerId }, { token: registrar });
    expect(before.data!.worker.retrainingPlans).toEqual([
      { curriculumId: 'test-curriculum', dueOn: due, progress: { coursesTotal: 1, coursesCompleted: 0, done: false, overdue: false } },
    ]);
    await app.db.query(
      `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic) VALUES ($1, 'test-course', now(), 3, 'maternal')`,
      [trainee.id],
    );
    const after = await app.gql<{ worker: { retrainingPlans: { progress: { done: boolean } }[] } }>(
      PLANS,
      { id: workerId },
      { token: registrar },
    );
    expect(after.data!.worker.retrainingPlans[0].progress.done).toBe(true);
    const compliance = await app.gql<{ retrainingCompliance: { facilityId: string; plans: number; done: number }[] }>(
      `{ retrainingCompliance { facilityId plans done overdue } }`,
      {},
      { token: registrar },
    );
    expect(compliance.data!.retrainingCompliance.find((c) => c.facilityId === facilityId)).toMatchObject({
      plans: midwives[0].n,
      done: expect.any(Number),
    });
    const past = await app.gql(
      `mutation ($id: UUID!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: "2020-01-01") }`,
      { id: workerId },
      { token: registrar },
    );
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    const pyongyang = (await app.newUser(Role.registrar, { regionCode: 'KP-01' })).token;
    expect(
      codeOf(
        await app.gql(
          `mutation ($due: LocalDate!, $f: UUID!) { assignRetrainingBulk(curriculumId: "test-curriculum", dueOn: $due, facilityId: $f) }`,
          { due, f: facilityId },
          { token: pyongyang },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await app.gql(
          `mutation ($id: UUID!, $due: LocalDate!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: $due) }`,
          { id: workerId, due },
          { token: pyongyang },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('gives the demo registrar a province of workers with licences in every status, the demo trainee among them', async () => {
    const demo = await app.login('registrar');
    const { items: workers } = await everyRow<{ facility: { id: string }; licences: { status: string }[] }>(
      app,
      `query ($after: String) { workers(first: 200, after: $after) { total nextCursor items { facility { id } licences { status } } } }`,
      'workers',
      {},
      demo,
    );
    expect(workers.length).toBeGreaterThanOrEqual(500);
    expect(new Set(workers.map((w) => w.facility.id)).size).toBeGreaterThan(10);
    expect(new Set(workers.flatMap((w) => w.licences.map((l) => l.status)))).toEqual(
      new Set(['active', 'expiring', 'lapsed', 'suspended', 'revoked']),
    );
    const own = await app.gql<{ myWorker: { licences: { status: string }[] } }>(
      `{ myWorker { licences { status } } }`,
      {},
      { token: await app.login('trainee') },
    );
    expect(own.data!.myWorker.licences).toEqual([{ status: 'active' }]);
  });

  it('lets no other role read or change licences', async () => {
    const workerId = await registerMidwife();
    for (const role of [Role.trainee, Role.author, Role.reviewer]) {
      const token = (await app.newUser(role)).token;
      expect(codeOf(await app.gql(WORKER, { id: workerId }, { token }))).toBe('FORBIDDEN');
      expect(codeOf(await app.gql(ISSUE, { workerId, input: { licenceTypeId: 'midwife', number: 'Y-12345' } }, { token }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await app.gql(`{ workers { items { id } } }`, {}, { token }))).toBe('FORBIDDEN');
    }
    const admin = (await app.newUser(Role.admin)).token;
    expect((await app.gql<{ worker: { id: string } }>(WORKER, { id: workerId }, { token: admin })).data!.worker.id).toBe(workerId);
  });

  it('costs a page of workers with their plans and the plans’ progress the same number of queries for one worker as for three', async () => {
    const facilityId = await newFacilityIn(app);
    const LIST = `query ($f: UUID!) { workers(filter: { facilityId: $f }) { items { id retrainingPlans { dueOn curriculum { id } progress { coursesCompleted skillsPassed done overdue } } } } }`;
    const list = () =>
      countQueries(async () => expect((await app.gql(LIST, { f: facilityId }, { token: registrar })).errors).toBeUndefined());
    const ASSIGN = `mutation ($id: UUID!, $due: LocalDate!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: $due) }`;
    const due = `${new Date().getUTCFullYear() + 1}-03-31`;
    const addWorker = async () => {
      const workerId = await registerWorker(app, registrar, { facilityId, userId: (await app.newUser(Role.trainee)).id });
      expect((await app.gql(ASSIGN, { id: workerId, due }, { token: registrar })).errors).toBeUndefined();
    };
    await addWorker();
    const one = await list();
    await addWorker();
    await addWorker();
    const page = await app.gql<{ workers: { items: { retrainingPlans: { progress: { done: boolean } }[] }[] } }>(
      LIST,
      { f: facilityId },
      { token: registrar },
    );
    expect(page.data!.workers.items.map((w) => w.retrainingPlans.map((p) => p.progress.done))).toEqual([[false], [false], [false]]);
    expect(await list()).toBe(one);
  });
});
