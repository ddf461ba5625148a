import { resolve } from 'node:path';
import { encodePublicKey, generateKeyPair } from '@dari/credentials';
import { StartRefusedError } from '../common/start-refused.error';
import { ConfigError, EXIT_CONFIG_INVALID, loadConfig } from './app-config';

const refusal = (env: NodeJS.ProcessEnv): ConfigError => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

const KEY_A = encodePublicKey(generateKeyPair().publicKey);
const KEY_B = encodePublicKey(generateKeyPair().publicKey);

describe('loadConfig', () => {
  it('has a default for every setting', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: resolve('.data'),
      production: false,
      demo: false,
      webDist: resolve(__dirname, '../../../web/dist'),
      contentDir: resolve(__dirname, '../../../content'),
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      sessionIdleHours: 24,
      sessionMaxDays: 14,
      trustProxy: false,
      trustedPublishers: [],
    });
  });

  it('reads every variable it accepts', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://dari:secret@db:5432/dari',
      DATABASE_READ_URL: 'postgresql://dari:secret@db-replica:5432/dari',
      DARI_DATA_DIR: '/srv/dari',
      DARI_DEMO: 'true',
      DARI_WEB_DIST: '/srv/web',
      DARI_CONTENT_DIR: '/srv/content',
      LOG_LEVEL: 'debug',
      DARI_PUBLIC_URL: 'https://dari.example.kp/',
      DARI_SESSION_IDLE_HOURS: '8',
      DARI_SESSION_MAX_DAYS: '30',
      DARI_TRUST_PROXY: '2',
      DARI_TRUSTED_PUBLISHERS: `did:key:${KEY_A}#${KEY_A}, ${KEY_B}`,
    });
    expect(config).toEqual({
      port: 8080,
      databaseUrl: 'postgresql://dari:secret@db:5432/dari',
      databaseReadUrl: 'postgresql://dari:secret@db-replica:5432/dari',
      dataDir: '/srv/dari',
      production: false,
      demo: true,
      webDist: '/srv/web',
      contentDir: '/srv/content',
      logLevel: 'debug',
      publicUrl: 'https://dari.example.kp',
      sessionIdleHours: 8,
      sessionMaxDays: 30,
      trustProxy: 2,
      trustedPublishers: [KEY_A, KEY_B],
    });
  });

  it('never runs demo mode in production, and logs warnings only under test', () => {
    expect(loadConfig({ NODE_ENV: 'production', DARI_DEMO: 'true' })).toMatchObject({ production: true, demo: false, logLevel: 'info' });
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ production: false, logLevel: 'warn' });
  });

  it('takes an empty value as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '', DARI_TRUST_PROXY: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.5, 10.0.0.6', '10.0.0.5, 10.0.0.6'],
    ['10.0.0.0/8,fd00::/8,uniquelocal', '10.0.0.0/8,fd00::/8,uniquelocal'],
  ])('accepts DARI_TRUST_PROXY=%s', (value, expected) => {
    expect(loadConfig({ DARI_TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('ignores variables it does not read', () => {
    expect(loadConfig({ DARI_TEST_DATABASE: 'anything', HOME: '/root' })).toEqual(loadConfig({}));
  });

  it.each([
    ['PORT', 'abc', 'a TCP port number, 0-65535'],
    ['PORT', '70000', 'a TCP port number'],
    ['PORT', '-1', 'a TCP port number'],
    ['PORT', '3000.5', 'a TCP port number'],
    ['DATABASE_URL', 'mysql://db/dari', 'a PostgreSQL URL'],
    ['DATABASE_URL', 'db:5432/dari', 'a PostgreSQL URL'],
    ['DATABASE_READ_URL', 'http://db-replica/dari', 'a PostgreSQL URL of a read-only replica'],
    ['NODE_ENV', 'prod', 'production, development or test'],
    ['DARI_DEMO', 'yes', 'true or false'],
    ['LOG_LEVEL', 'verbose', 'one of fatal, error, warn, info, debug, trace, silent'],
    ['DARI_PUBLIC_URL', 'dari.local', 'an http:// or https:// address'],
    ['DARI_PUBLIC_URL', 'ftp://dari.local', 'an http:// or https:// address'],
    ['DARI_SESSION_IDLE_HOURS', '0', 'a whole number of hours, 1-8760'],
    ['DARI_SESSION_MAX_DAYS', 'two', 'a whole number of days, 1-3650'],
    ['DARI_TRUST_PROXY', 'proxy.local', 'true, false, a number of proxy hops'],
    ['DARI_TRUST_PROXY', '10.0.0.0/33', 'true, false, a number of proxy hops'],
    ['DARI_TRUSTED_PUBLISHERS', 'did:key:z6MkNotAKey', 'a comma-separated list of Ed25519 keys'],
    ['DARI_TRUSTED_PUBLISHERS', 'zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme', 'a comma-separated list of Ed25519 keys'],
  ])('refuses %s=%s, saying what is allowed', (variable, value, allowed) => {
    const error = refusal({ [variable]: value });
    expect(error.problems).toEqual([{ variable, value, allowed: expect.stringContaining(allowed) }]);
    expect(error.message).toContain(`${variable}="${value}": expected ${allowed}`);
  });

  it('names every wrong variable at once and refuses the start with its own exit code', () => {
    const error = refusal({ PORT: 'http', LOG_LEVEL: 'loud', DARI_DEMO: 'TRUE' });
    expect(error.problems.map((p) => p.variable)).toEqual(['PORT', 'DARI_DEMO', 'LOG_LEVEL']);
    expect(error).toBeInstanceOf(StartRefusedError);
    expect(error.exitCode).toBe(EXIT_CONFIG_INVALID);
    expect(error.message.split('\n')[0]).toMatch(/^Dari cannot start: .* \(see README, "Configuration"\)\.$/);
  });

  it('never repeats a database password in the error', () => {
    const error = refusal({ DATABASE_URL: 'mysql://dari:s3cret/pw@db:3306/dari' });
    expect(error.message).not.toContain('s3cret');
    expect(error.problems[0].value).toBe('mysql://dari:***@db:3306/dari');
    expect(refusal({ DATABASE_URL: 'postgres://db/dari', DATABASE_READ_URL: 'mysql://dari:s3cret@replica/dari' }).message).not.toContain(
      's3cret',
    );
  });

  it('refuses a read replica without a primary server: the embedded database has none', () => {
    const error = refusal({ DATABASE_READ_URL: 'postgres://dari:s3cret@replica:5432/dari' });
    expect(error.problems).toEqual([
      { variable: 'DATABASE_READ_URL', value: 'postgres://dari:***@replica:5432/dari', allowed: expect.stringContaining('DATABASE_URL') },
    ]);
  });
});
