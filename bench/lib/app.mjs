// The app as a real install runs it: production mode, content imported and an account created with the operator
// commands, `node api/dist/main.js` in its own process.
import { runNode, startNode, waitForHealth } from './children.mjs';
import { benchDatabase, tempFolder } from './database.mjs';

const PASSWORD = 'bench-password-1234';

/** Imports content/ and creates the `bench` admin on `databaseUrl` (both idempotent enough for a reused database). */
export async function prepareDatabase(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl, DARI_DATA_DIR: tempFolder('cli'), LOG_LEVEL: 'error' };
  await runNode(['api/dist/cli/content-import.js'], env);
  // On a reused database the account exists already; the login tells whether it works.
  await runNode(['api/dist/cli/create-admin.js', 'bench'], { ...env, DARI_ADMIN_PASSWORD: PASSWORD }).catch(() => undefined);
}

/** Starts the API on `port`; its data folder (the signing key) is a temporary one. */
export async function startApp(databaseUrl, port, env = {}) {
  const url = `http://127.0.0.1:${port}`;
  const server = startNode(['api/dist/main.js'], {
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DARI_DATA_DIR: env.DARI_DATA_DIR ?? tempFolder('app'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    ...env,
  });
  try {
    await Promise.race([waitForHealth(url), server.exited.then((code) => Promise.reject(new Error(`api ended (${code})`)))]);
    return { ...server, url };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Signs in as `bench` (or a fresh trainee's name); returns the token and a GraphQL caller. */
export async function signIn(url, username = 'bench', password = PASSWORD) {
  const login = await post(`${url}/graphql`, {
    query: 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    variables: { u: username, p: password },
  });
  if (!login.data) throw new Error(`bench login failed: ${JSON.stringify(login.errors)}`);
  const token = login.data.login.accessToken;
  return { token, gql: (query, variables) => post(`${url}/graphql`, { query, variables }, token) };
}

/** A new trainee (created by the signed-in admin, initial password changed as the app demands): its token. */
export async function traineeToken(url, gql) {
  const username = `bench-trainee-${Date.now()}`;
  const created = await gql('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { username, displayName: '벤치 학습자', password: `${PASSWORD}-initial`, roles: [{ role: 'trainee' }] },
  });
  if (created.errors) throw new Error(`bench trainee: ${JSON.stringify(created.errors)}`);
  const { token, gql: asTrainee } = await signIn(url, username, `${PASSWORD}-initial`);
  const changed = await asTrainee('mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', {
    c: `${PASSWORD}-initial`,
    n: `${PASSWORD}-trainee`,
  });
  if (changed.errors) throw new Error(`bench trainee password: ${JSON.stringify(changed.errors)}`);
  return token;
}

export async function post(url, body, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return (await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })).json();
}

/**
 * The whole app for a browser bench: a bench database prepared, the API started and `bench` signed in. `stop`
 * ends the API and the embedded database.
 */
export async function startBenchApp(port, { as = 'admin' } = {}) {
  const database = await benchDatabase();
  try {
    await prepareDatabase(database.url);
    const app = await startApp(database.url, port);
    try {
      const { token: adminToken, gql } = await signIn(app.url);
      const token = as === 'trainee' ? await traineeToken(app.url, gql) : adminToken;
      return {
        appUrl: app.url,
        databaseUrl: database.url,
        token,
        gql,
        stopApp: () => app.stop(),
        async stop() {
          await app.stop();
          await database.stop();
        },
      };
    } catch (error) {
      await app.stop();
      throw error;
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
}
