import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DataSource as DataSourceToken } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import type { Cadre } from '../../src/users/cadre.enum';
import type { Role } from '../../src/access/role.enum';
import { UsersService } from '../../src/users/users.service';

export const FIXTURE_CONTENT = join(__dirname, '..', 'fixtures', 'content');

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions: Record<string, unknown> & { code: string } }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  nest: INestApplication;
  db: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  /** A fresh user of one role (unique name), signed in: its token. Keeps specs' learning records apart. */
  newUser(role: Role, options?: { cadre?: Cadre; regionCode?: string }): Promise<{ id: string; username: string; token: string }>;
  close(): Promise<void>;
}

/** The real app on the shared test database, listening on a free port; tests talk to it over HTTP only. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig(),
    databaseUrl: process.env.DATABASE_URL,
    demo: true,
    contentDir: FIXTURE_CONTENT,
    logLevel: 'warn',
    ...overrides,
  };
  const { app, stop } = await createApp(config, { checkInstallMode: false });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const gql: TestApp['gql'] = async (query, variables, auth = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GqlResult, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body } as GqlResult<never>;
  };

  const login = async (username: string, password = 'dari-demo') => {
    const result = await gql<{ login: { accessToken: string } }>(LOGIN, { username, password });
    if (!result.data) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.accessToken;
  };

  let serial = 0;
  const newUser: TestApp['newUser'] = async (role, options = {}) => {
    const username = `${role}-${process.pid}-${Date.now().toString(36)}-${++serial}`;
    const password = 'test-password-1234';
    const user = await app.get(UsersService).create({
      username,
      password,
      displayName: username,
      cadre: options.cadre,
      roles: [{ role, regionCode: role === 'registrar' || role === 'supervisor' ? (options.regionCode ?? 'KP-02') : undefined }],
    });
    return { id: user.id, username, token: await login(username, password) };
  };

  return { url, nest: app, db: app.get(DataSourceToken), gql, login, newUser, close: stop };
}

export const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { accessToken expiresAt user { username roles } }
}`;

export const DEMO_USERS = ['trainee', 'author', 'reviewer', 'registrar', 'supervisor', 'admin'] as const;

export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions.code;
