import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { finished, recordProgress } from './support/learning';
import { countQueries } from './support/query-counter';
import { codeOf, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker, startRegistrarApp } from './support/workforce';

const RECORD = `mutation ($input: RecordSkillAssessmentInput!) { recordSkillAssessment(input: $input) {
  id workerId checklistId checklistVersion outcome assessedOn facilityId missedSteps note checklist { id } } }`;
const PROGRESS = `{ curricula { id checklists { id } myProgress { coursesTotal coursesCompleted skillsTotal skillsPassed done }
  mySkills { checklist { id } passed lastOutcome lastAssessedOn } } }`;
const CHECKLIST = `{ checklist(id: "test-checklist") { id title version pdfPath equipment steps { number group text critical } } }`;
const today = () => new Date().toISOString().slice(0, 10);

interface Progress {
  coursesTotal: number;
  coursesCompleted: number;
  skillsTotal: number;
  skillsPassed: number;
  done: boolean;
}
interface CurriculumRow {
  id: string;
  checklists: { id: string }[];
  myProgress: Progress;
  mySkills: { checklist: { id: string }; passed: boolean; lastOutcome: string | null }[];
}

describe(`skills checklists (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;
  let supervisor: { id: string; token: string };
  let trainee: { id: string; token: string };
  let workerId: string;
  // The worker's own name: other specs register many 김순희 in the shared database, beyond one search page.
  const name = `김순희 ${randomUUID().slice(0, 6)}`;
  let checklistVersion: number;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
    supervisor = await app.newUser(Role.supervisor);
    trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id, name });
    // 1 as imported; the content-import spec, on the same database, moves it on when it changes the file.
    [{ version: checklistVersion }] = await app.db.query(`SELECT version FROM checklist WHERE id = 'test-checklist'`);
  });
  afterAll(() => app.close());

  const input = (over: Record<string, unknown> = {}) => ({
    traineeId: trainee.id,
    checklistId: 'test-checklist',
    outcome: 'PASS',
    assessedOn: today(),
    facilityId,
    missedSteps: [5],
    clientId: randomUUID(),
    ...over,
  });
  const record = (token: string, over: Record<string, unknown> = {}) =>
    app.gql<{ recordSkillAssessment: { id: string; outcome: string; missedSteps: number[]; checklistVersion: number } }>(
      RECORD,
      { input: input(over) },
      { token },
    );
  const skillsCurriculum = async (token: string) => {
    const { data } = await app.gql<{ curricula: CurriculumRow[] }>(PROGRESS, {}, { token });
    return data!.curricula.find((c) => c.id === 'test-skills-curriculum')!;
  };
  const audits = (entityId: string) =>
    app.db.query(`SELECT action, actor_id, after FROM audit_event WHERE entity_id = $1 AND action = 'skill.assessed'`, [entityId]);

  it('imports the checklist with numbered steps and a version, and the curriculum that requires it; every role reads it', async () => {
    const { data } = await app.gql<{
      checklist: { version: number; pdfPath: string; steps: { number: number; group: string | null; critical: boolean }[] };
    }>(CHECKLIST, {}, { token: trainee.token });
    expect(data!.checklist).toMatchObject({ version: checklistVersion, pdfPath: '/checklists/test-checklist.pdf' });
    expect(data!.checklist.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(data!.checklist.steps.filter((s) => s.critical)).toHaveLength(3);
    expect(data!.checklist.steps[0].group).toBe('준비');
    expect((await skillsCurriculum(supervisor.token)).checklists).toEqual([{ id: 'test-checklist' }]);
    expect(codeOf(await app.gql(`{ checklist(id: "no-such-checklist") { id } }`, {}, { token: trainee.token }))).toBe('NOT_FOUND');
  });

  it('lists every checklist for supervisors, and for a trainee only those of curricula she is enrolled in or assigned', async () => {
    const list = (token: string) => app.gql<{ checklists: { id: string }[] }>(`{ checklists { id } }`, {}, { token });
    expect((await list(supervisor.token)).data!.checklists).toEqual([{ id: 'test-checklist' }]);
    const other = await app.newUser(Role.trainee);
    expect((await list(other.token)).data!.checklists).toEqual([]);
    await recordProgress(app, other.token, finished('test-skills-lesson'));
    expect((await list(other.token)).data!.checklists).toEqual([{ id: 'test-checklist' }]);
    const assigned = await app.newUser(Role.trainee);
    const assignedWorker = await registerWorker(app, registrar, { facilityId, userId: assigned.id });
    await app.gql(
      `mutation ($w: UUID!) { assignRetraining(workerId: $w, curriculumId: "test-skills-curriculum", dueOn: "2099-01-01") }`,
      { w: assignedWorker },
      { token: registrar },
    );
    expect((await list(assigned.token)).data!.checklists).toEqual([{ id: 'test-checklist' }]);
  });

  it('lets a supervisor of the region and an admin record, and refuses a supervisor elsewhere, the trainee and a registrar', async () => {
    const own = await record(supervisor.token, { outcome: 'NEEDS_PRACTICE', missedSteps: [1, 5] });
    expect(own.errors).toBeUndefined();
    expect(own.data!.recordSkillAssessment).toMatchObject({ outcome: 'NEEDS_PRACTICE', missedSteps: [1, 5], checklistVersion });
    const admin = await app.newUser(Role.admin);
    expect(
      (await record(admin.token, { traineeId: undefined, workerId, outcome: 'NEEDS_PRACTICE', missedSteps: [2] })).errors,
    ).toBeUndefined();
    const pyongyang = await app.newUser(Role.supervisor, { regionCode: 'KP-01' });
    expect(codeOf(await record(pyongyang.token))).toBe('FORBIDDEN');
    expect(codeOf(await record(trainee.token))).toBe('FORBIDDEN');
    expect(codeOf(await record(registrar))).toBe('FORBIDDEN');
    const events = await audits(workerId);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actor_id: supervisor.id,
      after: expect.objectContaining({ checklistId: 'test-checklist', outcome: 'needs_practice' }),
    });
  });

  it('refuses an outcome the steps contradict, bad step numbers, a future day, a facility outside the region and an unknown checklist', async () => {
    expect(codeOf(await record(supervisor.token, { missedSteps: [1] }))).toBe('OUTCOME_MISMATCH');
    expect(codeOf(await record(supervisor.token, { outcome: 'NEEDS_PRACTICE', missedSteps: [] }))).toBe('OUTCOME_MISMATCH');
    expect(codeOf(await record(supervisor.token, { missedSteps: [0, 9] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(supervisor.token, { missedSteps: [5, 5] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(supervisor.token, { workerId }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(supervisor.token, { assessedOn: '2999-01-01' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(supervisor.token, { assessedOn: '2027-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await record(supervisor.token, { facilityId: (await firstFacilityIn(app, 'KP-01')).id }))).toBe('FORBIDDEN');
    expect(codeOf(await record(supervisor.token, { checklistId: 'no-such-checklist' }))).toBe('NOT_FOUND');
    const stranger = await app.newUser(Role.trainee);
    expect(codeOf(await record(supervisor.token, { traineeId: stranger.id }))).toBe('NO_WORKER_RECORD');
    expect(await audits(workerId)).toHaveLength(2);
  });

  it('records a double submit once, with one audit event, and refuses the same key for another assessment', async () => {
    const clientId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => record(supervisor.token, { clientId, outcome: 'NEEDS_PRACTICE', missedSteps: [4] })),
    );
    const ids = new Set(answers.map((a) => a.data?.recordSkillAssessment.id));
    expect(answers.map((a) => a.errors)).toEqual(Array(5).fill(undefined));
    expect(ids.size).toBe(1);
    expect(await app.db.query(`SELECT id FROM skill_assessment WHERE client_id = $1`, [clientId])).toHaveLength(1);
    expect(await audits(workerId)).toHaveLength(3);
    const other = await registerWorker(app, registrar, { facilityId });
    expect(
      codeOf(
        await record(supervisor.token, { clientId, traineeId: undefined, workerId: other, outcome: 'NEEDS_PRACTICE', missedSteps: [4] }),
      ),
    ).toBe('CLIENT_ID_REUSED');
  });

  it('counts the required skill in curriculum progress: passed completes the curriculum and the retraining plan', async () => {
    const assign = await app.gql(
      `mutation ($w: UUID!, $due: LocalDate!) { assignRetraining(workerId: $w, curriculumId: "test-skills-curriculum", dueOn: $due) }`,
      { w: workerId, due: '2099-01-01' },
      { token: registrar },
    );
    expect(assign.errors).toBeUndefined();
    const plan = async () => {
      const { data } = await app.gql<{ worker: { retrainingPlans: { progress: Progress }[] } }>(
        `query ($id: UUID!) { worker(id: $id) { retrainingPlans { progress { coursesTotal coursesCompleted skillsTotal skillsPassed done } } } }`,
        { id: workerId },
        { token: registrar },
      );
      return data!.worker.retrainingPlans[0].progress;
    };
    const compliance = async () => {
      const { data } = await app.gql<{ retrainingCompliance: { facilityId: string; done: number }[] }>(
        `{ retrainingCompliance { facilityId done } }`,
        {},
        { token: registrar },
      );
      return data!.retrainingCompliance.find((row) => row.facilityId === facilityId)!.done;
    };
    const completions = () =>
      app.db.query(`SELECT 1 FROM curriculum_completion WHERE user_id = $1 AND curriculum_id = 'test-skills-curriculum'`, [trainee.id]);

    await recordProgress(app, trainee.token, finished('test-skills-lesson'));
    const before = await skillsCurriculum(trainee.token);
    expect(before.myProgress).toEqual({ coursesTotal: 1, coursesCompleted: 1, skillsTotal: 1, skillsPassed: 0, done: false });
    expect(before.mySkills).toEqual([
      { checklist: { id: 'test-checklist' }, passed: false, lastOutcome: 'NEEDS_PRACTICE', lastAssessedOn: today() },
    ]);
    expect(await plan()).toMatchObject({ coursesCompleted: 1, skillsTotal: 1, skillsPassed: 0, done: false });
    expect(await completions()).toHaveLength(0);
    const doneBefore = await compliance();

    expect((await record(supervisor.token)).errors).toBeUndefined();
    const after = await skillsCurriculum(trainee.token);
    expect(after.myProgress).toEqual({ coursesTotal: 1, coursesCompleted: 1, skillsTotal: 1, skillsPassed: 1, done: true });
    expect(after.mySkills[0]).toMatchObject({ passed: true, lastOutcome: 'PASS' });
    expect(await plan()).toMatchObject({ skillsPassed: 1, done: true });
    expect(await completions()).toHaveLength(1);
    expect(await compliance()).toBe(doneBefore + 1);
    // A later "needs practice" does not undo a pass.
    expect((await record(supervisor.token, { outcome: 'NEEDS_PRACTICE', missedSteps: [2] })).errors).toBeUndefined();
    expect((await skillsCurriculum(trainee.token)).myProgress.done).toBe(true);
  });

  it('reads every curriculum’s progress and skills in a fixed number of queries, whatever the number of curricula', async () => {
    const run = (query: string) =>
      countQueries(async () => expect((await app.gql(query, {}, { token: trainee.token })).errors).toBeUndefined());
    await run('{ curricula { id } }'); // the session's first use refreshes it
    const bare = await run('{ curricula { id } }');
    // One each: the checklists field, progress, the skills' checklists and her assessments of them.
    expect(await run(PROGRESS)).toBe(bare + 4);
  });

  it('shows a trainee her own assessments, and a worker’s to supervisors of the region only', async () => {
    const mine = await app.gql<{ mySkillAssessments: { workerId: string }[] }>(
      `{ mySkillAssessments { workerId outcome } }`,
      {},
      { token: trainee.token },
    );
    expect(mine.data!.mySkillAssessments.length).toBeGreaterThanOrEqual(4);
    expect(new Set(mine.data!.mySkillAssessments.map((a) => a.workerId))).toEqual(new Set([workerId]));
    const OF = `query ($id: UUID!) { skillAssessments(workerId: $id) { id } }`;
    expect(
      (await app.gql<{ skillAssessments: unknown[] }>(OF, { id: workerId }, { token: supervisor.token })).data!.skillAssessments.length,
    ).toBeGreaterThanOrEqual(4);
    expect(codeOf(await app.gql(OF, { id: workerId }, { token: registrar }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(OF, { id: workerId }, { token: trainee.token }))).toBe('FORBIDDEN');
    const found = await app.gql<{ assessableWorkers: { id: string }[] }>(
      `query ($s: String!) { assessableWorkers(search: $s) { id name facilityName } }`,
      { s: name },
      { token: supervisor.token },
    );
    expect(found.data!.assessableWorkers.map((w) => w.id)).toContain(workerId);
    const elsewhere = await app.newUser(Role.supervisor, { regionCode: 'KP-01' });
    const none = await app.gql<{ assessableWorkers: { id: string }[] }>(
      `query ($s: String!) { assessableWorkers(search: $s) { id } }`,
      { s: name },
      { token: elsewhere.token },
    );
    expect(none.data!.assessableWorkers.map((w) => w.id)).not.toContain(workerId);
  });

  it('prints the checklist on one A4 page for anyone signed in', async () => {
    const get = (token?: string, path = '/checklists/test-checklist.pdf') =>
      fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const res = await get(trainee.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'dari-checklist-'));
    const file = join(dir, 'c.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    expect(info).toMatch(/Pages:\s+1\n[\s\S]*Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    for (const part of ['시험용 실기 점검표', '[중요] 해산 전에 주머니와 마스크가', '8.', '합격', '재련습', '수표'])
      expect(text).toContain(part);
    expect((await get()).status).toBe(401);
    expect((await get(trainee.token, '/checklists/no-such-checklist.pdf')).status).toBe(404);
  });
});
