import { Role } from '../src/access/role.enum';
import { auditCount, CHANGE, createUser, CREATE_USER, GOOD_PASSWORD, ISSUE_CODE, RESET, uniqueName } from './support/accounts';
import { codeOf, LOGIN, startTestApp, type TestApp } from './support/test-app';
import { firstFacilityIn, registerWorker } from './support/workforce';

const CATALOGUE = '{ curricula { id } }';

describe(`passwords, first sign-in and reset codes (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let admin: string;
  let registrar: { id: string; token: string };
  let facilityId: string;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
    registrar = await app.newUser(Role.registrar, { regionCode: 'KP-02' });
    facilityId = (await firstFacilityIn(app, 'KP-02')).id;
  });
  afterAll(() => app.close());

  const trainee = async () => createUser(app, registrar.token, { workerId: await registerWorker(app, registrar.token, { facilityId }) });
  const attempt = (password: string, username = uniqueName('pw')) =>
    app.gql(CREATE_USER, { input: { username, displayName: 'x', password, roles: [{ role: 'trainee' }] } }, { token: admin });

  it('applies NIST 800-63B: 8 to 128 characters, no composition rules, no common password, not the username', async () => {
    expect(codeOf(await attempt('abc1234'))).toBe('PASSWORD_TOO_SHORT');
    expect(codeOf(await attempt('x'.repeat(129)))).toBe('PASSWORD_TOO_LONG');
    for (const common of ['password1', 'Password1', 'QWERTY123', 'iloveyou'])
      expect(codeOf(await attempt(common))).toBe('PASSWORD_TOO_COMMON');
    const username = uniqueName('same');
    expect(codeOf(await attempt(username.toUpperCase(), username))).toBe('PASSWORD_IS_USERNAME');
    const refused = await attempt('password1');
    expect(refused.errors![0].extensions).toMatchObject({
      messageKo: expect.stringContaining('흔한 암호'),
      messageEn: expect.stringContaining('too common'),
    });
    // Any characters count, spaces and Hangul included; 8 characters and 128 are both fine.
    for (const fine of ['진달래꽃이피였네', 'all lower case words', 'y'.repeat(128)]) expect(codeOf(await attempt(fine))).toBeUndefined();
  });

  it('makes a new account change its initial password before doing anything else', async () => {
    const user = await createUser(app, admin, { roles: [{ role: 'trainee' }] });
    const token = await app.login(user.username, GOOD_PASSWORD);
    const other = await app.login(user.username, GOOD_PASSWORD);
    const me = await app.gql<{ me: { mustChangePassword: boolean } }>('{ me { mustChangePassword } }', {}, { token });
    expect(me.data!.me.mustChangePassword).toBe(true);
    const blocked = await app.gql(CATALOGUE, {}, { token });
    expect(codeOf(blocked)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.errors![0].extensions.messageKo).toContain('암호');
    expect(codeOf(await app.gql(CHANGE, { currentPassword: 'not-it-at-all', newPassword: '새 암호 2027년 봄' }, { token }))).toBe(
      'WRONG_PASSWORD',
    );
    expect(codeOf(await app.gql(CHANGE, { currentPassword: GOOD_PASSWORD, newPassword: 'letmein1' }, { token }))).toBe(
      'PASSWORD_TOO_COMMON',
    );
    expect((await app.gql(CHANGE, { currentPassword: GOOD_PASSWORD, newPassword: '새 암호 2027년 봄' }, { token })).data).toEqual({
      changePassword: true,
    });
    expect(codeOf(await app.gql(CATALOGUE, {}, { token }))).toBeUndefined();
    // The other session ended; this one goes on.
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: other }))).toBe('UNAUTHENTICATED');
    await expect(app.login(user.username, '새 암호 2027년 봄')).resolves.toEqual(expect.any(String));
    expect(await auditCount(app, 'user.password_changed', user.id)).toBe(1);
  });

  it('changes the password once when the same change is sent five times at once (a double click)', async () => {
    const user = await createUser(app, admin, { roles: [{ role: 'trainee' }] });
    const token = await app.login(user.username, GOOD_PASSWORD);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => app.gql(CHANGE, { currentPassword: GOOD_PASSWORD, newPassword: '가을 하늘 2027년' }, { token })),
    );
    expect(results.map(codeOf)).toEqual(Array(5).fill(undefined));
    expect(await auditCount(app, 'user.password_changed', user.id)).toBe(1);
    await expect(app.login(user.username, '가을 하늘 2027년')).resolves.toEqual(expect.any(String));
    // A different new password sent at the same moment as the first is refused, not silently applied.
    const again = await app.login(user.username, '가을 하늘 2027년');
    const race = await Promise.all(
      ['겨울 바다 2028년', '봄날 진달래 2028년'].map((newPassword) =>
        app.gql(CHANGE, { currentPassword: '가을 하늘 2027년', newPassword }, { token: again }),
      ),
    );
    expect(race.map(codeOf).sort()).toEqual([undefined, 'WRONG_PASSWORD'].sort());
    expect(await auditCount(app, 'user.password_changed', user.id)).toBe(2);
  });

  it('issues reset codes to admins and registrars of the user’s region only', async () => {
    const user = await trainee();
    const outside = await app.newUser(Role.registrar, { regionCode: 'KP-01' });
    const author = await app.newUser(Role.author);
    expect(codeOf(await app.gql(ISSUE_CODE, { userId: user.id }, { token: outside.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ISSUE_CODE, { userId: user.id }, { token: author.token }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ISSUE_CODE, { userId: user.id }))).toBe('UNAUTHENTICATED');
    // Never for an account with more than the trainee role: that is an admin's matter.
    expect(codeOf(await app.gql(ISSUE_CODE, { userId: author.id }, { token: registrar.token }))).toBe('FORBIDDEN');
    const issued = await app.gql<{ issuePasswordResetCode: { code: string; expiresAt: string; username: string } }>(
      ISSUE_CODE,
      { userId: user.id },
      { token: registrar.token },
    );
    const { code, expiresAt, username } = issued.data!.issuePasswordResetCode;
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(username).toBe(user.username);
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(71.9 * 3600_000);
    const rows = await app.db.query(`SELECT code_hash FROM password_reset_code WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code.replace(/-/g, ''));
    expect(await auditCount(app, 'user.password_reset_code_issued', user.id)).toBe(1);
    const byAdmin = await app.gql(ISSUE_CODE, { userId: user.id }, { token: admin });
    expect(codeOf(byAdmin)).toBeUndefined();
    // The newer code replaced the unused one.
    expect(codeOf(await app.gql(RESET, { username: user.username, code, newPassword: '다른 암호 하나 더' }))).toBe('RESET_CODE_INVALID');
  });

  it('sets a new password with a code once: sessions end, the code is then used', async () => {
    const user = await trainee();
    await app.db.query(`UPDATE "user" SET must_change_password = false WHERE id = $1`, [user.id]);
    const session = await app.login(user.username, GOOD_PASSWORD);
    const { code } = (
      await app.gql<{ issuePasswordResetCode: { code: string } }>(ISSUE_CODE, { userId: user.id }, { token: registrar.token })
    ).data!.issuePasswordResetCode;
    expect(codeOf(await app.gql(RESET, { username: user.username, code, newPassword: 'password' }))).toBe('PASSWORD_TOO_COMMON');
    // Case, dashes and spaces do not matter; the weak attempt did not use the code up.
    const typed = ` ${code.replace(/-/g, ' ').toLowerCase()} `;
    expect((await app.gql(RESET, { username: user.username.toUpperCase(), code: typed, newPassword: '내가 정한 새 암호' })).data).toEqual({
      resetPasswordWithCode: true,
    });
    expect(codeOf(await app.gql('{ me { id } }', {}, { token: session }))).toBe('UNAUTHENTICATED');
    await expect(app.login(user.username, '내가 정한 새 암호')).resolves.toEqual(expect.any(String));
    const again = await app.gql(RESET, { username: user.username, code, newPassword: '또 다른 새 암호' });
    expect(codeOf(again)).toBe('RESET_CODE_USED');
    expect(again.errors![0].extensions.messageEn).toContain('already been used');
    expect(await auditCount(app, 'user.password_reset', user.id)).toBe(1);
  });

  it('uses a code once when it is sent several times at once', async () => {
    const user = await trainee();
    const { code } = (
      await app.gql<{ issuePasswordResetCode: { code: string } }>(ISSUE_CODE, { userId: user.id }, { token: registrar.token })
    ).data!.issuePasswordResetCode;
    const results = await Promise.all(
      ['첫째 새 암호입니다', '둘째 새 암호입니다', '셋째 새 암호입니다', '넷째 새 암호입니다'].map((newPassword) =>
        app.gql(RESET, { username: user.username, code, newPassword }),
      ),
    );
    const won = results.filter((r) => r.data?.resetPasswordWithCode === true);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['RESET_CODE_USED', 'RESET_CODE_USED', 'RESET_CODE_USED']);
    expect(await auditCount(app, 'user.password_reset', user.id)).toBe(1);
  });

  it('refuses an expired code, another user’s code and a made-up one', async () => {
    const [user, other] = [await trainee(), await trainee()];
    const { code } = (await app.gql<{ issuePasswordResetCode: { code: string } }>(ISSUE_CODE, { userId: user.id }, { token: admin })).data!
      .issuePasswordResetCode;
    expect(codeOf(await app.gql(RESET, { username: other.username, code, newPassword: '남의 번호로 바꾸기' }))).toBe('RESET_CODE_INVALID');
    expect(codeOf(await app.gql(RESET, { username: 'nobody-at-all', code, newPassword: '없는 사람의 암호' }))).toBe('RESET_CODE_INVALID');
    await app.db.query(`UPDATE password_reset_code SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await app.gql(RESET, { username: user.username, code, newPassword: '늦게 바꾸는 암호' });
    expect(codeOf(expired)).toBe('RESET_CODE_EXPIRED');
    expect(expired.errors![0].extensions.messageKo).toContain('72시간');
  });

  it('limits guesses of reset codes like sign-in attempts', async () => {
    const user = await trainee();
    for (let i = 0; i < 5; i++)
      await app.gql(RESET, { username: user.username, code: `AAAA-BBBB-CC${i}${i}`, newPassword: '추측하는 사람의 암호' });
    const { code } = (await app.gql<{ issuePasswordResetCode: { code: string } }>(ISSUE_CODE, { userId: user.id }, { token: admin })).data!
      .issuePasswordResetCode;
    expect(codeOf(await app.gql(RESET, { username: user.username, code, newPassword: '맞는 번호의 새 암호' }))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await app.gql(LOGIN, { username: user.username, password: GOOD_PASSWORD }))).toBe('TOO_MANY_ATTEMPTS');
  });
});
