import { ACCOUNT_ATTEMPTS } from '../src/auth/login-rate-limiter';
import { Role } from '../src/access/role.enum';
import { UsersService } from '../src/users/users.service';
import { codeOf, LOGIN, startTestApp, type GqlResult, type TestApp } from './support/test-app';

const PASSWORD = 'right-password-1234';

describe(`sign-in limiter (${process.env.DARI_TEST_DATABASE})`, () => {
  let app: TestApp;
  let verifications: jest.SpyInstance;
  let serial = 0;
  beforeAll(async () => {
    app = await startTestApp();
    // Every password check goes through UsersService.verifyPassword: counting its calls counts argon2 runs.
    verifications = jest.spyOn(UsersService.prototype, 'verifyPassword');
  });
  // Attempt counts live in the shared database now: leave no lockout behind for the specs that follow.
  afterAll(async () => {
    await app.db.query('DELETE FROM login_attempt');
    await app.close();
  });

  const newAccount = async (name: string) => {
    const username = `${name}-${process.pid}-${++serial}`;
    await app.nest.get(UsersService).create({ username, password: PASSWORD, displayName: username, roles: [{ role: Role.trainee }] });
    return username.normalize('NFC').toLowerCase();
  };
  const attempt = (username: string, password: string) => app.gql(LOGIN, { username, password });

  // Runs before the flood below, which uses up this address's allowance for the rest of the window.
  it('treats a padded, tabbed, upper-cased or decomposed username as the same account, for sign-in and for the limit', async () => {
    const username = await newAccount('Nurse-영희');
    const variants = [`  ${username.toUpperCase()}`, `\t${username}\t`, username.normalize('NFD'), `${username} \t`, `\u00a0${username}`];
    expect(codeOf(await attempt(`\t ${username.toUpperCase().normalize('NFD')} `, PASSWORD))).toBeUndefined();
    for (const variant of variants) expect(codeOf(await attempt(variant, 'wrong-password'))).toBe('INVALID_CREDENTIALS');
    const blocked = await attempt(` ${username} `, PASSWORD);
    expect(codeOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await attempt(username, PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('checks at most the limit of 150 parallel wrong passwords; the others are refused before argon2, saying when to retry', async () => {
    const username = await newAccount('flood');
    verifications.mockClear();
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => attempt(i % 2 ? username : ` ${username.toUpperCase()}`, `guess-${i}`)),
    );
    const codes = results.map((r) => codeOf(r as GqlResult));
    expect(verifications).toHaveBeenCalledTimes(codes.filter((c) => c === 'INVALID_CREDENTIALS').length);
    expect(verifications.mock.calls.length).toBeLessThanOrEqual(ACCOUNT_ATTEMPTS);
    expect(verifications.mock.calls.length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(150 - verifications.mock.calls.length);

    const refused = await attempt(username, PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_ATTEMPTS');
    const { messageKo, messageEn, retryAt, retryAfterSeconds } = refused.errors![0].extensions as unknown as {
      messageKo: string;
      messageEn: string;
      retryAt: string;
      retryAfterSeconds: number;
    };
    expect(retryAfterSeconds).toBeGreaterThan(0);
    const at = new Date(retryAt);
    const clock = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(at.getTime()).toBeGreaterThan(Date.now());
    expect(messageKo).toMatch(new RegExp(`\\d+분 뒤\\(${clock} 이후\\)에 다시 해보십시오`));
    expect(messageEn).toMatch(new RegExp(`Try again in \\d+ min \\(after ${clock}\\)`));
  });
});
