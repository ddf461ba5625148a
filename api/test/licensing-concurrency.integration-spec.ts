import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CertificatesService } from '../src/licensing/certificates/certificates.service';
import { Cadre } from '../src/users/cadre.enum';
import { Role } from '../src/access/role.enum';
import { allAtOnce } from './support/concurrency';
import { codeOf, type GqlResult, type TestApp } from './support/test-app';
import { registerWorker, startRegistrarApp } from './support/workforce';

const ISSUE = `mutation ($workerId: UUID!, $input: IssueLicenceInput!) { issueLicence(workerId: $workerId, input: $input) { id expiresOn } }`;
const RENEW = `mutation ($id: UUID!, $reason: String, $expiresOn: LocalDate) { renewLicence(id: $id, reason: $reason, expiresOn: $expiresOn) { id status expiresOn } }`;
const change = (name: string) => `mutation ($id: UUID!, $reason: String!) { ${name}(id: $id, reason: $reason) { id status expiresOn } }`;
const ADD_CREDIT = `mutation ($workerId: UUID!, $input: CreditEntryInput!) { addCreditEntry(workerId: $workerId, input: $input) { id } }`;
const REVERSE = `mutation ($id: UUID!, $reason: String!) { reverseCreditEntry(id: $id, reason: $reason) { id hours } }`;
const CERTIFICATES = `query ($id: UUID!) { worker(id: $id) { certificates { id kind credential revokedAt } } }`;
const ISSUE_CERTIFICATE = `mutation ($workerId: UUID!) { issueCurriculumCertificate(workerId: $workerId, curriculumId: "test-curriculum") { id } }`;
const REVOKE_CERTIFICATE = `mutation ($id: UUID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id } }`;
const ASSIGN = `mutation ($id: UUID!, $due: LocalDate!) { assignRetraining(workerId: $id, curriculumId: "test-curriculum", dueOn: $due) }`;

const TIMES = 10;
const isoToday = () => new Date().toISOString().slice(0, 10);

/** How many requests succeeded, and the error codes of the others (sorted). */
function outcome(results: GqlResult[]) {
  return { ok: results.filter((r) => !r.errors && r.data).length, codes: results.flatMap((r) => (r.errors ? [codeOf(r)] : [])).sort() };
}

describe(`licensing under concurrency (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let registrar: string;
  let facilityId: string;

  beforeAll(async () => {
    ({ app, registrar, facilityId } = await startRegistrarApp());
  });
  afterAll(() => app.close());

  /** The same request TIMES at once. */
  const atOnce = (query: string, variables: Record<string, unknown>) =>
    allAtOnce(() => Array.from({ length: TIMES }, () => app.gql(query, variables, { token: registrar })));
  const auditActions = async (entityId: string) =>
    (await app.db.query(`SELECT action FROM audit_event WHERE entity_id = $1`, [entityId])).map((a: { action: string }) => a.action).sort();
  const licenceRow = async (id: string) =>
    (await app.db.query(`SELECT status, expires_on::text AS "expiresOn" FROM licence WHERE id = $1`, [id]))[0];
  const renewalCertificates = (licenceId: string): Promise<{ validUntil: string }[]> =>
    app.db.query(
      `SELECT (credential::jsonb ->> 'validUntil') AS "validUntil" FROM certificate WHERE licence_id = $1 AND kind = 'licence_renewal'`,
      [licenceId],
    );
  const newLicence = async (issuedOn = '2022-03-01', userId?: string) => {
    const workerId = await registerWorker(app, registrar, { facilityId, userId });
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}`, issuedOn };
    const result = await app.gql<{ issueLicence: { id: string; expiresOn: string } }>(ISSUE, { workerId, input }, { token: registrar });
    return { workerId, ...result.data!.issueLicence };
  };
  /** A midwife with a trainee account who has completed the (one-course) test curriculum. */
  const graduate = async () => {
    const trainee = await app.newUser(Role.trainee, { cadre: Cadre.midwife });
    const workerId = await registerWorker(app, registrar, { facilityId, userId: trainee.id });
    await app.db.query(
      `INSERT INTO course_completion (user_id, course_id, completed_at, credit_hours, topic) VALUES ($1, 'test-course', now(), 3, 'maternal')`,
      [trainee.id],
    );
    // As learning records it; its announcement is left out, so the certificate comes from the catch-up below.
    await app.db.query(`INSERT INTO curriculum_completion (user_id, curriculum_id) VALUES ($1, 'test-curriculum')`, [trainee.id]);
    return { workerId, userId: trainee.id };
  };

  it('serialises two connections on a locked row: the second waits for the first to commit, then reads its write', async () => {
    const { id } = await newLicence();
    const [first, second] = [
      new Client({ connectionString: process.env.DATABASE_URL }),
      new Client({ connectionString: process.env.DATABASE_URL }),
    ];
    await first.connect();
    await second.connect();
    try {
      await first.query('BEGIN');
      await first.query(`SELECT status FROM licence WHERE id = $1 FOR UPDATE`, [id]);
      await first.query(`UPDATE licence SET status_reason = 'first' WHERE id = $1`, [id]);
      let read: string | undefined;
      const waiting = second
        .query('BEGIN')
        .then(() => second.query(`SELECT status_reason FROM licence WHERE id = $1 FOR UPDATE`, [id]))
        .then((r) => (read = r.rows[0].status_reason));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(read).toBeUndefined();
      await first.query('COMMIT');
      await waiting;
      expect(read).toBe('first');
      await second.query('ROLLBACK');
    } finally {
      await first.end();
      await second.end();
    }
  });

  it(`renews once when ${TIMES} renewals arrive at once: one certificate, one audit event, valid until the stored expiry`, async () => {
    for (const named of [false, true]) {
      const { id, expiresOn } = await newLicence();
      const results = await atOnce(RENEW, { id, reason: '도 보건국 결정으로 예외 갱신', ...(named ? { expiresOn } : {}) });
      expect(outcome(results)).toEqual({ ok: 1, codes: Array(TIMES - 1).fill('ALREADY_RENEWED') });
      const stored = await licenceRow(id);
      expect(stored).toEqual({ status: 'active', expiresOn: `${Number(expiresOn.slice(0, 4)) + 5}${expiresOn.slice(4)}` });
      expect(await renewalCertificates(id)).toEqual([{ validUntil: `${stored.expiresOn}T23:59:59Z` }]);
      expect(await auditActions(id)).toEqual(['licence.issued', 'licence.renewed']);
      // A re-sent request, naming the cycle it saw or not, is refused with the new expiry.
      for (const resent of [{ expiresOn }, {}]) {
        const again = await app.gql(RENEW, { id, reason: '다시', ...resent }, { token: registrar });
        expect(again.errors![0].extensions).toMatchObject({
          code: 'ALREADY_RENEWED',
          expiresOn: stored.expiresOn,
          messageKo: expect.any(String),
          messageEn: expect.any(String),
        });
      }
    }
  });

  it('renews a cycle renewed ahead only when the caller names it, once', async () => {
    const { id, expiresOn } = await newLicence();
    const first = await app.gql<{ renewLicence: { expiresOn: string } }>(RENEW, { id, reason: '예외 갱신' }, { token: registrar });
    const next = first.data!.renewLicence.expiresOn;
    expect(next > expiresOn).toBe(true);
    expect(codeOf(await app.gql(RENEW, { id, reason: '또' }, { token: registrar }))).toBe('ALREADY_RENEWED');
    expect(codeOf(await app.gql(RENEW, { id, reason: '또', expiresOn: 'soon' }, { token: registrar }))).toBe('BAD_USER_INPUT');
    expect(outcome(await atOnce(RENEW, { id, reason: '도 결정', expiresOn: next }))).toEqual({
      ok: 1,
      codes: Array(TIMES - 1).fill('ALREADY_RENEWED'),
    });
    expect((await renewalCertificates(id)).length).toBe(2);
    expect(await auditActions(id)).toEqual(['licence.issued', 'licence.renewed', 'licence.renewed']);
  });

  it(`suspends, reinstates and revokes once each when ${TIMES} of each arrive at once`, async () => {
    const { id } = await newLicence();
    for (const [name, status] of [
      ['suspendLicence', 'suspended'],
      ['reinstateLicence', 'active'],
      ['revokeLicence', 'revoked'],
    ]) {
      expect(outcome(await atOnce(change(name), { id, reason: `사유 ${name}` }))).toEqual({
        ok: 1,
        codes: Array(TIMES - 1).fill('INVALID_TRANSITION'),
      });
      expect((await licenceRow(id)).status).toBe(status);
    }
    expect(await auditActions(id)).toEqual(['licence.issued', 'licence.reinstated', 'licence.revoked', 'licence.suspended']);
  });

  it('agrees with every client when a suspension and a renewal arrive at once, and signs only a renewal that committed', async () => {
    for (let round = 0; round < 4; round++) {
      const { id, expiresOn } = await newLicence();
      const [suspend, renew] = (await allAtOnce(() => [
        app.gql(change('suspendLicence'), { id, reason: '징계 조사중' }, { token: registrar }),
        app.gql(RENEW, { id, reason: '예외 갱신' }, { token: registrar }),
      ])) as [
        GqlResult<{ suspendLicence: { status: string; expiresOn: string } }>,
        GqlResult<{ renewLicence: { status: string; expiresOn: string } }>,
      ];
      // A suspension is always possible on an active licence; a renewal only if it came first.
      expect(suspend.errors).toBeUndefined();
      const stored = await licenceRow(id);
      expect(stored).toEqual({ status: 'suspended', expiresOn: suspend.data!.suspendLicence.expiresOn });
      if (renew.data) {
        expect(renew.data.renewLicence).toEqual({ id, status: 'active', expiresOn: stored.expiresOn });
        expect(await renewalCertificates(id)).toEqual([{ validUntil: `${stored.expiresOn}T23:59:59Z` }]);
        expect(await auditActions(id)).toEqual(['licence.issued', 'licence.renewed', 'licence.suspended']);
      } else {
        expect(codeOf(renew)).toBe('INVALID_TRANSITION');
        expect(stored.expiresOn).toBe(expiresOn);
        expect(await renewalCertificates(id)).toEqual([]);
        expect(await auditActions(id)).toEqual(['licence.issued', 'licence.suspended']);
      }
    }
  });

  it(`reverses a credit line once when ${TIMES} reversals arrive at once`, async () => {
    const { workerId } = await newLicence();
    const added = await app.gql<{ addCreditEntry: { id: string } }>(
      ADD_CREDIT,
      { workerId, input: { hours: 8, topic: 'tb', earnedOn: isoToday(), note: '현장강습' } },
      { token: registrar },
    );
    const entryId = added.data!.addCreditEntry.id;
    expect(outcome(await atOnce(REVERSE, { id: entryId, reason: '중복 입력' }))).toEqual({
      ok: 1,
      codes: Array(TIMES - 1).fill('ALREADY_REVERSED'),
    });
    expect(await app.db.query(`SELECT hours::float AS hours FROM credit_entry WHERE reverses_id = $1`, [entryId])).toEqual([{ hours: -8 }]);
    expect(await auditActions(entryId)).toEqual(['credit.added', 'credit.reversed']);
  });

  it(`issues a completion certificate once when ${TIMES} catch-ups or ${TIMES} registrars ask at once, and revokes it once`, async () => {
    const { workerId, userId } = await graduate();
    const certificates = app.nest.get(CertificatesService);
    const issuedBy = await allAtOnce(() => Array.from({ length: TIMES }, () => certificates.issueDue(userId)));
    expect(issuedBy.reduce((a, b) => a + b, 0)).toBe(1);
    expect(outcome(await atOnce(CERTIFICATES, { id: workerId })).ok).toBe(TIMES);
    const issued: { id: string }[] = await app.db.query(`SELECT id FROM certificate WHERE worker_id = $1`, [workerId]);
    expect(issued).toHaveLength(1);
    expect(await auditActions(issued[0].id)).toEqual(['certificate.issued']);

    expect(outcome(await atOnce(REVOKE_CERTIFICATE, { id: issued[0].id, reason: '수료기록 오류' }))).toEqual({
      ok: 1,
      codes: Array(TIMES - 1).fill('ALREADY_REVOKED'),
    });
    expect(await auditActions(issued[0].id)).toEqual(['certificate.issued', 'certificate.revoked']);

    expect(outcome(await atOnce(ISSUE_CERTIFICATE, { workerId }))).toEqual({ ok: 1, codes: Array(TIMES - 1).fill('ALREADY_ISSUED') });
    const unrevoked = await app.db.query(`SELECT id FROM certificate WHERE worker_id = $1 AND revoked_at IS NULL`, [workerId]);
    expect(unrevoked).toHaveLength(1);
    expect(await auditActions(unrevoked[0].id)).toEqual(['certificate.issued']);
  });

  it(`assigns a retraining plan once when ${TIMES} equal assignments arrive at once; a new date re-dates it once`, async () => {
    const { workerId } = await newLicence();
    const year = new Date().getUTCFullYear() + 1;
    const plans = () => app.db.query(`SELECT due_on::text AS due FROM retraining_plan WHERE worker_id = $1`, [workerId]);
    const assigned = async () =>
      (
        await app.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'retraining.assigned'`, [workerId])
      )[0].n;
    expect(outcome(await atOnce(ASSIGN, { id: workerId, due: `${year}-06-30` }))).toEqual({
      ok: 1,
      codes: Array(TIMES - 1).fill('ALREADY_ASSIGNED'),
    });
    expect(await plans()).toEqual([{ due: `${year}-06-30` }]);
    expect(await assigned()).toBe(1);
    expect(outcome(await atOnce(ASSIGN, { id: workerId, due: `${year}-09-30` }))).toEqual({
      ok: 1,
      codes: Array(TIMES - 1).fill('ALREADY_ASSIGNED'),
    });
    expect(await plans()).toEqual([{ due: `${year}-09-30` }]);
    expect(await assigned()).toBe(2);
  });

  it(`issues a licence number once when ${TIMES} issues of it arrive at once`, async () => {
    const workerId = await registerWorker(app, registrar, { facilityId });
    const input = { licenceTypeId: 'midwife', number: `M-${randomUUID().slice(0, 8).toUpperCase()}` };
    expect(outcome(await atOnce(ISSUE, { workerId, input }))).toEqual({ ok: 1, codes: Array(TIMES - 1).fill('BAD_USER_INPUT') });
    expect(await app.db.query(`SELECT count(*)::int AS n FROM licence WHERE number = $1`, [input.number])).toEqual([{ n: 1 }]);
  });
});
