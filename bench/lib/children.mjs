// Child processes of a bench script (servers, the embedded database): all stopped when the script ends, however
// it ends, so nothing is left running or holding a port.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const running = new Set();

/** Starts `node <args>` in the repository root; stdout is returned line by line through `onLine`. */
export function startNode(args, env = {}, onLine = () => undefined) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  running.add(child);
  let buffered = '';
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    lines.forEach(onLine);
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => (running.delete(child), resolve(code ?? signal))));
  return {
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs `node <args>` to its end; throws when it fails. */
export async function runNode(args, env = {}) {
  const code = await startNode(args, env).exited;
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (${code})`);
}

/** Starts a server that prints `{"url": ...}` as a line once it listens. */
export function startListening(args, env = {}) {
  return new Promise((resolve, reject) => {
    const server = startNode(args, env, (line) => {
      if (line.startsWith('{"url"')) resolve({ ...server, url: JSON.parse(line).url });
    });
    server.exited.then((code) => reject(new Error(`node ${args.join(' ')} ended (${code}) before listening`)));
  });
}

export async function waitForHealth(url, ms = 90_000) {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}/health`);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));
