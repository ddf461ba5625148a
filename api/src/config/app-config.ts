import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { decodePublicKey } from '@dari/credentials';
import { z } from 'zod';
import { StartRefusedError } from '../common/start-refused.error';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** A read-only copy of that server (a streaming replica): reports and exports, where a second-old read is fine. */
  databaseReadUrl?: string;
  dataDir: string;
  production: boolean;
  /** Demo mode seeds demo accounts; never honoured in production. */
  demo: boolean;
  /** Where the built web app is served from, if it exists. */
  webDist: string;
  /** The content/ folder imported in demo mode and by `npm run content:import`. */
  contentDir: string;
  logLevel: string;
  /** The address people reach this install at; printed into certificates (their revocation list). */
  publicUrl: string;
  sessionIdleHours: number;
  sessionMaxDays: number;
  /** Express `trust proxy`: which proxies' X-Forwarded-* headers to believe (so `Secure` cookies follow TLS). */
  trustProxy: boolean | number | string;
  /** Other installs whose packages this one accepts: their Ed25519 public keys (multibase `z6Mk...`). */
  trustedPublishers: string[];
}

/** Exit code of a start refused for a variable's value (sysexits' EX_USAGE: started with a value it does not accept). */
export const EXIT_CONFIG_INVALID = 64;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

const wholeNumber = (min: number, max: number) => z.string().regex(/^\d+$/).transform(Number).pipe(z.number().min(min).max(max));

const url = (protocols: string[]) =>
  z.string().refine((text) => {
    try {
      return protocols.includes(new URL(text).protocol);
    } catch {
      return false;
    }
  });

/** An address, or a CIDR range, or one of Express's names for a kind of address. */
const proxyEntry = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (PROXY_NAMES.includes(entry)) return true;
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

/** `did:key:z6Mk...` (with or without its `#z6Mk...` fragment) or a bare multibase key: the key, or undefined. */
export function publisherKey(entry: string): string | undefined {
  const key = entry.replace(/^did:key:/, '').split('#')[0];
  try {
    decodePublicKey(key);
    return key;
  } catch {
    return undefined;
  }
}

/**
 * Every variable the server and the CLIs read, with what it accepts in words: the startup error repeats them.
 * An empty value counts as unset (compose files and shells often pass `VAR=`).
 */
const VARIABLES = {
  PORT: [wholeNumber(0, 65535), 'a TCP port number, 0-65535'],
  DATABASE_URL: [
    url(['postgres:', 'postgresql:']),
    'a PostgreSQL URL such as postgres://user:password@host:5432/dari, or unset for the embedded database',
  ],
  DATABASE_READ_URL: [
    url(['postgres:', 'postgresql:']),
    'a PostgreSQL URL of a read-only replica of DATABASE_URL (needs DATABASE_URL), or unset',
  ],
  DARI_DATA_DIR: [z.string(), 'a folder path'],
  NODE_ENV: [z.enum(['production', 'development', 'test']), 'production, development or test'],
  DARI_DEMO: [z.enum(['true', 'false']), 'true or false'],
  DARI_WEB_DIST: [z.string(), 'a folder path'],
  DARI_CONTENT_DIR: [z.string(), 'a folder path'],
  LOG_LEVEL: [z.enum(LOG_LEVELS), `one of ${LOG_LEVELS.join(', ')}`],
  DARI_PUBLIC_URL: [url(['http:', 'https:']), 'an http:// or https:// address, such as http://dari.local:3000'],
  DARI_SESSION_IDLE_HOURS: [wholeNumber(1, 24 * 365), 'a whole number of hours, 1-8760'],
  DARI_SESSION_MAX_DAYS: [wholeNumber(1, 3650), 'a whole number of days, 1-3650'],
  DARI_TRUST_PROXY: [
    z.string().refine((text) => /^(true|false|\d+)$/.test(text) || text.split(',').every((entry) => proxyEntry(entry.trim()))),
    'true, false, a number of proxy hops, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal',
  ],
  DARI_TRUSTED_PUBLISHERS: [
    z.string().refine((text) => text.split(',').every((entry) => publisherKey(entry.trim()) !== undefined)),
    'a comma-separated list of Ed25519 keys of other Dari installs, each a did:key:z6Mk... id or a multibase z6Mk... key',
  ],
} as const satisfies Record<string, readonly [z.ZodType, string]>;

type Variable = keyof typeof VARIABLES;
type Env = { [V in Variable]?: z.output<(typeof VARIABLES)[V][0]> };

const ENV_SCHEMA = z.object(
  Object.fromEntries(
    Object.entries(VARIABLES).map(([name, [schema]]) => [
      name,
      z.preprocess((value) => (value === '' ? undefined : value), schema.optional()),
    ]),
  ),
);

/** The server or a CLI was started with values it does not accept: each is named with what it allows. */
export class ConfigError extends StartRefusedError {
  constructor(readonly problems: { variable: string; value: string; allowed: string }[]) {
    super(
      [
        'Dari cannot start: these environment variables have values it does not accept (see README, "Configuration").',
        ...problems.map(({ variable, value, allowed }) => `  ${variable}=${JSON.stringify(value)}: expected ${allowed}`),
      ].join('\n'),
      EXIT_CONFIG_INVALID,
    );
  }
}

/** Reads and checks the environment; throws a ConfigError naming every variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ENV_SCHEMA.safeParse(env);
  if (!parsed.success) {
    const wrong = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] as Variable[];
    throw new ConfigError(
      wrong.map((variable) => ({ variable, value: redact(variable, env[variable] ?? ''), allowed: VARIABLES[variable][1] })),
    );
  }
  const vars = parsed.data as Env;
  if (vars.DATABASE_READ_URL && !vars.DATABASE_URL) {
    throw new ConfigError([
      {
        variable: 'DATABASE_READ_URL',
        value: redact('DATABASE_READ_URL', env.DATABASE_READ_URL ?? ''),
        allowed: 'to be unset while DATABASE_URL is unset (the embedded database has no replica)',
      },
    ]);
  }
  const production = vars.NODE_ENV === 'production';
  const port = vars.PORT ?? 3000;
  return {
    port,
    databaseUrl: vars.DATABASE_URL,
    databaseReadUrl: vars.DATABASE_READ_URL,
    dataDir: resolve(vars.DARI_DATA_DIR ?? '.data'),
    production,
    demo: !production && vars.DARI_DEMO === 'true',
    webDist: resolve(vars.DARI_WEB_DIST ?? resolve(__dirname, '../../../web/dist')),
    contentDir: resolve(vars.DARI_CONTENT_DIR ?? resolve(__dirname, '../../../content')),
    logLevel: vars.LOG_LEVEL ?? (vars.NODE_ENV === 'test' ? 'warn' : 'info'),
    publicUrl: (vars.DARI_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    sessionIdleHours: vars.DARI_SESSION_IDLE_HOURS ?? 24,
    sessionMaxDays: vars.DARI_SESSION_MAX_DAYS ?? 14,
    trustProxy: trustProxy(vars.DARI_TRUST_PROXY),
    trustedPublishers: (vars.DARI_TRUSTED_PUBLISHERS ?? '').split(',').flatMap((entry) => publisherKey(entry.trim()) ?? []),
  };
}

/** `true`/`false`, a hop count, or what Express accepts as a list (`loopback`, `10.0.0.1, 10.0.0.2`, ...). */
function trustProxy(text = 'false'): boolean | number | string {
  if (text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The error is printed and logged: a database URL's password is not. */
function redact(variable: Variable, value: string): string {
  return variable === 'DATABASE_URL' || variable === 'DATABASE_READ_URL' ? value.replace(/:[^:@]*@/, ':***@') : value;
}
