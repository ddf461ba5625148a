import { randomUUID } from 'node:crypto';
import { VersionedKind } from '../src/publishing/content-version.entity';
import { ContentVersionsService } from '../src/publishing/content-versions.service';
import { RemindersService } from '../src/licensing/reminders.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { completeTestCurriculum, finished, passTestQuiz, recordProgress } from './support/learning';
import { codeOf, type TestApp } from './support/test-app';
import { registerWorker, startRegistrarApp } from './support/workforce';

const MY_LICENSING = `{ myLicensing { id name
  licences { id number status expiresOn eligibility { cycleStart deadline required earned topics { topic required earned remaining } } }
  retrainingPlans { id dueOn curriculum { id title } progress { coursesTotal coursesCompleted done overdue } }
  certificates { id kind title } } }`;
const ISSUE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id expiresOn } }`;
const RENEW = `mutation ($id: UUID!, $reason: String) { renewLicence(id: $id, reason: $reason) { id issuedOn expiresOn } }`;
const ADD_CREDIT = `mutation ($workerId: UUID!, $input: CreditEntryInput!) { addCreditEntry(workerId: $workerId, input: $input) { id } }`;
const ASSIGN = `mutation ($id: UUID!, $due: LocalDate!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: $due) }`;
const ELIGIBILITY = `query ($id: UUID!) { worker(id: $id) { licences { id eligibility { cycleStart deadline earned topics { topic earned } } } } }`;
const ENROLMENTS = `{ myEnrolments { course { id } progress { lessonsCompleted } } lesson(id: "test-lesson-two") { myProgress { percentRead completedAt } } }`;
const LEAVE = `mutation ($id: ID!) { leaveCourse(courseId: $id) { id } }`;
const CATALOGUE = `{ catalogue { course { id countsForMyLicence } enrolment { id } } }`;

type Licensing = {
  id: string;
  licences: {
    id: string;
    eligibility: { cycleStart: string; deadline: string; earned: number; topics: { topic: string; earned: number }[] };
  }[];
  retrainingPlans: { dueOn: string; curriculum: { id: string; title: string }; progress: { done: boolean } }[];
  certificates: { kind: string; title: string }[];
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const yearsAgo = (years: number, plusDays: number) => {
  const d = new Date(`${day(plusDays)}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
};

describe(`the trainee's licence, notifications and enrolment (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  /** A midwife trainee with her worker record (and a licence issued on `issuedOn`, if given). */
  const midwife = async (issuedOn?: string) => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn };
    const licence = issuedOn
      ? (await app.gql<{ issueLicence: { id: string; expiresOn: string } }>(ISSUE, { workerId, input }, { token: registrar })).data!
          .issueLicence
      : null;
    return { ...trainee, workerId, licence };
  };
  const mine = async (token: string) => (await app.gql<{ myLicensing: Licensing | null }>(MY_LICENSING, {}, { token })).data!.myLicensing;
  const notices = (userId: string) =>
    app.db.query(`SELECT kind, subject, link FROM notification WHERE user_id = $1 ORDER BY kind, subject`, [userId]) as Promise<
      { kind: string; subject: string; link: string }[]
    >;
  const credit = (workerId: string, hours: number, earnedOn: string) =>
    app.gql(ADD_CREDIT, { workerId, input: { hours, topic: 'maternal', earnedOn, note: '현장강습' } }, { token: registrar });
  const eligibility = async (workerId: string) =>
    (await app.gql<{ worker: Licensing }>(ELIGIBILITY, { id: workerId }, { token: registrar })).data!.worker.licences[0].eligibility;

  it('shows a trainee her own licence, credits per topic, plans (most urgent first) and certificates; nobody else’s', async () => {
    const her = await midwife(day(-30));
    await app.gql(ASSIGN, { id: her.workerId, due: day(40) }, { token: registrar });
    await credit(her.workerId, 4, day(-1));
    const own = (await mine(her.token))!;
    expect(own.id).toBe(her.workerId);
    expect(own.licences[0].eligibility).toMatchObject({
      earned: 4,
      topics: expect.arrayContaining([expect.objectContaining({ topic: 'maternal', earned: 4 })]),
    });
    expect(own.retrainingPlans).toEqual([
      expect.objectContaining({
        dueOn: day(40),
        curriculum: { id: 'test-curriculum', title: expect.any(String) },
        progress: expect.objectContaining({ done: false }),
      }),
    ]);
    // The registrar's worker page reads the same worker through the same service.
    const registrarView = (await app.gql<{ worker: Licensing }>(ELIGIBILITY, { id: her.workerId }, { token: registrar })).data!.worker;
    expect(registrarView.licences[0].eligibility).toEqual(
      expect.objectContaining({ earned: own.licences[0].eligibility.earned, cycleStart: own.licences[0].eligibility.cycleStart }),
    );

    const other = await midwife(day(-10));
    expect((await mine(other.token))!.id).toBe(other.workerId);
    expect(codeOf(await app.gql(ELIGIBILITY, { id: her.workerId }, { token: other.token }))).toBe('FORBIDDEN');
    expect(await mine((await app.newUser(Role.trainee)).token)).toBeNull();
    for (const role of [Role.registrar, Role.reviewer])
      expect(codeOf(await app.gql(MY_LICENSING, {}, { token: (await app.newUser(role)).token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(`{ myLicensing { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('starts the next credit cycle on the renewal day: credits earned after the renewal count toward the next one', async () => {
    const her = await midwife(yearsAgo(5, 20));
    const oldExpiry = her.licence!.expiresOn;
    await credit(her.workerId, 6, day(-2));
    await credit(her.workerId, 2, day(0)); // written before the renewal: counted for the cycle being renewed
    expect(await eligibility(her.workerId)).toMatchObject({ deadline: oldExpiry, earned: 8 });

    const renewed = await app.gql<{ renewLicence: { issuedOn: string; expiresOn: string } }>(
      RENEW,
      { id: her.licence!.id, reason: '례외 갱신' },
      { token: registrar },
    );
    const newExpiry = `${Number(oldExpiry.slice(0, 4)) + 5}${oldExpiry.slice(4)}`; // from the old expiry, not from today
    expect(renewed.data!.renewLicence).toMatchObject({ issuedOn: day(0), expiresOn: newExpiry });
    expect(await eligibility(her.workerId)).toMatchObject({ cycleStart: day(0), deadline: newExpiry, earned: 0 });

    await credit(her.workerId, 3, day(0));
    expect(await eligibility(her.workerId)).toMatchObject({
      earned: 3,
      topics: expect.arrayContaining([{ topic: 'maternal', earned: 3 }]),
    });
    expect((await mine(her.token))!.licences[0].eligibility.earned).toBe(3);
  });

  it('issues the completion certificate as the curriculum is completed, once, and tells the trainee', async () => {
    const her = await midwife();
    await completeTestCurriculum(app, her.token);
    // Issued by the completion itself: nobody has read any certificates yet.
    expect(await app.db.query(`SELECT kind FROM certificate WHERE worker_id = $1`, [her.workerId])).toEqual([{ kind: 'curriculum' }]);
    expect((await mine(her.token))!.certificates).toEqual([expect.objectContaining({ kind: 'curriculum' })]);
    await recordProgress(app, her.token, finished('test-lesson-two'));
    expect(await app.db.query(`SELECT count(*)::int AS n FROM certificate WHERE worker_id = $1`, [her.workerId])).toEqual([{ n: 1 }]);
    expect((await notices(her.id)).filter((n) => n.kind === 'certificate_issued')).toEqual([
      { kind: 'certificate_issued', subject: expect.stringContaining('수료'), link: '/me/licence' },
    ]);
  });

  it('issues it once when the last lesson is completed twice at once', async () => {
    const her = await midwife();
    await passTestQuiz(app, her.token);
    await recordProgress(app, her.token, finished('test-lesson-one', 'test-lesson-two'));
    const results = await Promise.all(Array.from({ length: 6 }, () => recordProgress(app, her.token, finished('test-lesson-three'))));
    expect(results.map((r) => r.accepted)).toEqual(Array(6).fill(1));
    expect(await app.db.query(`SELECT count(*)::int AS n FROM certificate WHERE worker_id = $1`, [her.workerId])).toEqual([{ n: 1 }]);
    expect(await app.db.query(`SELECT count(*)::int AS n FROM curriculum_completion WHERE user_id = $1`, [her.id])).toEqual([{ n: 1 }]);
    expect((await notices(her.id)).filter((n) => n.kind === 'certificate_issued')).toHaveLength(1);
  });

  it('creates each reminder once, however often the daily job runs, and tells of a retraining when it is assigned', async () => {
    const her = await midwife(yearsAgo(5, 60));
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn: yearsAgo(5, 20) };
    await app.gql(ISSUE, { workerId: her.workerId, input }, { token: registrar });
    await app.gql(ASSIGN, { id: her.workerId, due: day(10) }, { token: registrar });
    const overdue = await midwife();
    await app.gql(ASSIGN, { id: overdue.workerId, due: day(50) }, { token: registrar });
    await app.db.query(`UPDATE retraining_plan SET due_on = $2 WHERE worker_id = $1`, [overdue.workerId, day(-3)]);
    const done = await midwife();
    await app.gql(ASSIGN, { id: done.workerId, due: day(5) }, { token: registrar });
    await completeTestCurriculum(app, done.token);

    const reminders = app.nest.get(RemindersService);
    await reminders.run();
    await Promise.all([reminders.run(), reminders.run()]);
    await reminders.run();
    const kinds = async (userId: string) => (await notices(userId)).map((n) => n.kind);
    expect(await kinds(her.id)).toEqual(['licence_expiring', 'licence_expiring', 'retraining_assigned', 'retraining_due_soon']);
    expect(await kinds(overdue.id)).toEqual(['retraining_assigned', 'retraining_overdue']);
    expect(await kinds(done.id)).toEqual(['certificate_issued', 'retraining_assigned']);
    expect((await notices(her.id)).every((n) => n.link === '/me/licence')).toBe(true);
    // The 90-day notice for the licence expiring in 60 days, the 30-day one for the other: one each.
    const keys = await app.db.query(
      `SELECT split_part(dedupe_key, ':', 1) AS k FROM notification WHERE user_id = $1 AND dedupe_key IS NOT NULL ORDER BY 1`,
      [her.id],
    );
    expect(keys.map((r: { k: string }) => r.k)).toEqual(['licence_expiring_30', 'licence_expiring_90', 'retraining_due_soon']);
    // A re-dated plan is reminded again for its new date.
    await app.gql(ASSIGN, { id: her.workerId, due: day(12) }, { token: registrar });
    await reminders.run();
    expect((await kinds(her.id)).filter((k) => k === 'retraining_due_soon')).toHaveLength(2);
  });

  it('tells those who completed a lesson of its new version, once, and no one else', async () => {
    const completed = await app.newUser(Role.trainee);
    const opened = await app.newUser(Role.trainee);
    await recordProgress(app, completed.token, finished('test-lesson-three'));
    await recordProgress(app, opened.token, [
      { id: randomUUID(), lessonId: 'test-lesson-three', type: 'opened', occurredAt: new Date().toISOString() },
    ]);
    const [lesson] = await app.db.query(`SELECT title, body FROM lesson WHERE id = 'test-lesson-three'`);
    const versions = app.nest.get(ContentVersionsService);
    await app.db.transaction((manager) =>
      versions.publish(
        manager,
        VersionedKind.lesson,
        'test-lesson-three',
        { title: lesson.title, body: lesson.body },
        { publishedBy: null },
      ),
    );
    expect(await notices(completed.id)).toEqual([{ kind: 'lesson_updated', subject: lesson.title, link: '/lessons/test-lesson-three' }]);
    expect(await notices(opened.id)).toEqual([]);
  });

  it('enrols only explicitly, by finishing a lesson or by a plan; leaving keeps progress and enrolling again restores it', async () => {
    const { token } = await app.newUser(Role.trainee);
    const state = async () =>
      (
        await app.gql<{
          myEnrolments: { course: { id: string }; progress: { lessonsCompleted: number } }[];
          lesson: { myProgress: unknown };
        }>(ENROLMENTS, {}, { token })
      ).data!;
    const read = (type: string, extra = {}) => ({
      id: randomUUID(),
      lessonId: 'test-lesson-two',
      type,
      occurredAt: new Date().toISOString(),
      ...extra,
    });
    await recordProgress(app, token, [read('opened'), read('position', { position: 0.5, percentRead: 50 }), read('time', { seconds: 60 })]);
    expect(await state()).toEqual({ myEnrolments: [], lesson: { myProgress: { percentRead: 50, completedAt: null } } });

    await recordProgress(app, token, [read('completed')]);
    expect((await state()).myEnrolments).toEqual([{ course: { id: 'test-course' }, progress: { lessonsCompleted: 1 } }]);

    expect((await app.gql(LEAVE, { id: 'test-course' }, { token })).errors).toBeUndefined();
    expect(await state()).toEqual({ myEnrolments: [], lesson: { myProgress: { percentRead: 50, completedAt: expect.any(String) } } });
    expect((await app.gql<{ catalogue: { enrolment: unknown }[] }>(CATALOGUE, {}, { token })).data!.catalogue[0].enrolment).toBeNull();
    expect(codeOf(await app.gql(`mutation { startQuizAttempt(quizId: "test-lesson-one-quiz") { id } }`, {}, { token }))).toBe(
      'NOT_ENROLLED',
    );
    expect(codeOf(await app.gql(LEAVE, { id: 'test-course' }, { token }))).toBe('NOT_ENROLLED');
    expect(codeOf(await app.gql(LEAVE, { id: 'no-such-course' }, { token }))).toBe('NOT_FOUND');

    await app.gql(`mutation { enrol(courseId: "test-course") { id } }`, {}, { token });
    expect((await state()).myEnrolments).toEqual([{ course: { id: 'test-course' }, progress: { lessonsCompleted: 1 } }]);

    const graduate = await app.newUser(Role.trainee);
    await completeTestCurriculum(app, graduate.token);
    const refused = await app.gql(LEAVE, { id: 'test-course' }, { token: graduate.token });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'COURSE_COMPLETED',
      messageKo: expect.any(String),
      messageEn: expect.any(String),
    });

    const assigned = await midwife();
    await app.gql(ASSIGN, { id: assigned.workerId, due: day(30) }, { token: registrar });
    expect(
      (await app.gql<{ myEnrolments: unknown[] }>(`{ myEnrolments { course { id } } }`, {}, { token: assigned.token })).data!.myEnrolments,
    ).toEqual([{ course: { id: 'test-course' } }]);
  });

  it('marks the courses that count for her licence topics in the catalogue', async () => {
    const licensed = await midwife(day(-5));
    // The fixture's courses only: other specs add courses of their own to the shared database.
    const counts = async (token: string) =>
      (await app.gql<{ catalogue: { course: { id: string; countsForMyLicence: boolean } }[] }>(CATALOGUE, {}, { token }))
        .data!.catalogue.map((e) => e.course)
        .filter((course) => ['test-course', 'test-skills-course'].includes(course.id));
    expect(await counts(licensed.token)).toEqual([
      { id: 'test-course', countsForMyLicence: true },
      { id: 'test-skills-course', countsForMyLicence: true },
    ]);
    expect(await counts((await app.newUser(Role.trainee)).token)).toEqual([
      { id: 'test-course', countsForMyLicence: false },
      { id: 'test-skills-course', countsForMyLicence: false },
    ]);
  });
});
