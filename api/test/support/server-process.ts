import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_CONTENT } from './test-app';

/** The repository root; the built API is at api/dist (the integration target builds it first). */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const MAIN = join(ROOT, 'api', 'dist', 'main.js');
export const cliScript = (name: string) => join(ROOT, 'api', 'dist', 'cli', `${name}.js`);

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `dari-${prefix}-`));

/**
 * Environment of a child process on the embedded database in `dataDir`: the run's DATABASE_URL (set by the
 * global setup) is left out, and demo mode, when asked, imports the small fixture content.
 */
export function childEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DARI_DATA_DIR: dataDir,
    DARI_CONTENT_DIR: FIXTURE_CONTENT,
    LOG_LEVEL: 'warn',
    DARI_DEMO: 'false',
    ...extra,
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  Object.assign(env, extra);
  return env;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Runs a Node script to its end, collecting stdout and stderr together. */
export function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: SpawnOptions & { input?: string } = {},
): Promise<Finished> {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env, ...options });
  const output = collect(child);
  if (options.input !== undefined) child.stdin?.end(options.input);
  return finished(child, output);
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves when the process has ended. */
  exit: Promise<Finished>;
  stop(signal?: NodeJS.Signals): Promise<Finished>;
}

/** Starts `node api/dist/main.js` (or another command) and waits until /health answers 200 or the process ends. */
export async function startServer(
  env: NodeJS.ProcessEnv,
  command: string[] = [process.execPath, MAIN],
  options: SpawnOptions = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, env: { ...env, PORT: String(port) }, ...options });
  const output = collect(child);
  const exit = finished(child, output);
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output.text,
    exit,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exit;
    },
  };
  let ended = false;
  void exit.then(() => (ended = true));
  for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
    if (ended) return server;
    if (await healthy(server.url)) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop('SIGKILL');
  throw new Error(`server did not answer /health within 90 s:\n${output.text}`);
}

export async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`)).ok;
  } catch {
    return false;
  }
}

/** GraphQL over HTTP against a spawned server. */
export async function gqlAt<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: T; errors?: { message: string; extensions: { code: string } & Record<string, unknown> }[] };
}

export async function loginAt(url: string, username: string, password: string): Promise<string> {
  const result = await gqlAt<{ login: { accessToken: string } }>(
    url,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: password },
  );
  if (!result.data) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

function collect(child: ChildProcess) {
  const output = { text: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString()));
  return output;
}

function finished(child: ChildProcess, output: { text: string }): Promise<Finished> {
  return new Promise((resolveExit) => child.once('close', (code, signal) => resolveExit({ code, signal, output: output.text })));
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
    probe.on('error', reject);
  });
}

/** The built app's embedded PGlite behind its socket, in a process of its own, on a fresh data folder. */
export async function startEmbeddedDatabaseProcess(): Promise<{ url: string; stop(): Promise<void> }> {
  const script = `require(${JSON.stringify(join(ROOT, 'api', 'dist', 'database', 'embedded-database.js'))})
    .serveEmbeddedDatabase(process.argv[1]).then((db) => { console.log(db.url); process.once('SIGTERM', () => db.stop().then(() => process.exit(0))); });`;
  const child = spawn(process.execPath, ['-e', script, tempDir('pglite')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolveUrl(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`embedded database ended (${code})`)));
  });
  return {
    url,
    stop: () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM')))),
  };
}
