import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { StartRefusedError } from '../common/start-refused.error';
import { STATEMENT_TIMEOUT_MS } from '../common/statement-timeout';
import { type EmbeddedDatabase, serveEmbeddedDatabase } from './embedded-database';
import type { ChildMessage, ParentMessage } from './embedded-database-process.messages';

export interface SupervisedDatabase extends EmbeddedDatabase {
  /** From now on a statement running longer than the limit ends with a restart of the database process. */
  enforceStatementLimit(): void;
}

export interface SupervisorOptions {
  /** PGlite cannot cancel a statement (no statement_timeout): past this limit the process is restarted. */
  statementLimitMs?: number;
  log?: (message: string) => void;
}

const CHILD = join(__dirname, 'embedded-database.process.js');
const PING_MS = 250;

/**
 * Starts the embedded database in a process of its own, so that a long statement never blocks the API's
 * event loop (`/health` and every other request keep answering), and watches it: when one statement runs past
 * the limit, the process is killed and started again on the same port (PGlite replays its WAL, so committed
 * work stays and the interrupted transaction is rolled back). Without the built child script (sources run
 * directly) it falls back to serving in this process.
 */
export async function startEmbeddedDatabase(dataDir: string, options: SupervisorOptions = {}): Promise<SupervisedDatabase> {
  if (!existsSync(CHILD)) return { ...(await serveEmbeddedDatabase(dataDir)), enforceStatementLimit: () => undefined };
  const limit = options.statementLimitMs ?? STATEMENT_TIMEOUT_MS;
  const log = options.log ?? ((message: string) => console.error(message));
  const command = process.argv.slice(1).join(' ');
  const first = await spawnDatabase(dataDir, 0, command);
  const url = first.url;
  const port = new URL(url).port;
  let child = first.child;
  let lastPong = Date.now();
  let stopping = false;
  let restarting: Promise<void> | undefined;
  let watchdog: NodeJS.Timeout | undefined;

  const restart = (reason: string) => {
    restarting ??= (async () => {
      log(`embedded database: ${reason}; restarting it (committed work is kept, the interrupted transaction is rolled back)`);
      await kill(child);
      ({ child } = await spawnDatabase(dataDir, Number(port), command));
      watch(child);
      lastPong = Date.now();
    })()
      .catch((error: unknown) => log(`embedded database: restart failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (restarting = undefined));
  };
  const watch = (database: ChildProcess) => {
    database.on('message', (message: ChildMessage) => {
      if (message.type === 'pong') lastPong = Date.now();
    });
    database.once('exit', (code, signal) => {
      if (!stopping && !restarting) restart(`its process ended unexpectedly (${signal ?? code})`);
    });
  };
  watch(child);

  return {
    url,
    enforceStatementLimit() {
      if (watchdog) return;
      lastPong = Date.now();
      watchdog = setInterval(() => {
        if (restarting) return;
        if (Date.now() - lastPong > limit) return restart(`one statement ran longer than ${limit} ms`);
        send(child, { type: 'ping', at: Date.now() });
      }, PING_MS).unref();
    },
    async stop() {
      stopping = true;
      clearInterval(watchdog);
      await restarting;
      await kill(child, 15_000);
    },
  };
}

async function spawnDatabase(dataDir: string, port: number, command: string): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(CHILD, [dataDir, String(port), command], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message.url);
      if (message.type === 'failed')
        reject(message.exitCode ? new StartRefusedError(message.message, message.exitCode) : new Error(message.message));
    });
    child.once('exit', (code) => reject(new Error(`the embedded database process ended before it was ready (exit ${code})`)));
  });
  child.removeAllListeners();
  return { child, url };
}

function send(child: ChildProcess, message: ParentMessage) {
  if (child.connected) child.send(message);
}

/** Ends the process: asked to close the database cleanly within the grace period, else (or with none) SIGKILL. */
function kill(child: ChildProcess, graceMs = 0): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    if (graceMs) send(child, { type: 'stop' });
  });
}
