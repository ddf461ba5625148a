import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Another Dari install (a second server, as the provincial one beside a county's): the built app in demo mode
 * on a fresh embedded database of its own, on the next port, trusting the keys it is given.
 */
export async function startSecondServer(port: number, env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['api/dist/main.js'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env,
      PORT: String(port),
      DARI_DEMO: 'true',
      DARI_DATA_DIR: mkdtempSync(join(tmpdir(), 'dari-e2e-second-')),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'inherit',
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  for (let waited = 0; waited < 150_000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`the second server exited with ${child.exitCode}`);
    const healthy = await fetch(`${url}/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (healthy) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error('the second server did not start');
}
