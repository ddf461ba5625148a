import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DARI_DATA_DIR ?? '.data'),
    production,
    demo: !production && env.DARI_DEMO === 'true',
    webDist: resolve(env.DARI_WEB_DIST ?? resolve(__dirname, '../../../web/dist')),
    contentDir: resolve(env.DARI_CONTENT_DIR ?? resolve(__dirname, '../../../content')),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    publicUrl: (env.DARI_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    sessionIdleHours: Number(env.DARI_SESSION_IDLE_HOURS ?? 24),
    sessionMaxDays: Number(env.DARI_SESSION_MAX_DAYS ?? 14),
    trustProxy: parseTrustProxy(env.DARI_TRUST_PROXY),
  };
}

/** `true`/`false`, a hop count, or what Express accepts as a list (`loopback`, `10.0.0.1, 10.0.0.2`, ...). */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}
