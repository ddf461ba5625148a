// `npm run bench`: every bench script below, one after another, each in its own process with a time limit, so a
// script that hangs or fails never stops the others. To add a bench, write bench/<name>.mjs and list it here.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const SCRIPTS = [
  'lesson-query.mjs',
  'learning.mjs',
  'pdf-render.mjs',
  'accounts.mjs',
  'memory.mjs',
  'slow-link.mjs',
  'offline-reload.mjs',
  'registry-national.mjs',
];

const LIMIT_MINUTES = Number(process.env.BENCH_SCRIPT_MINUTES ?? 20);
const only = process.argv.slice(2);
const failed = [];
for (const script of SCRIPTS.filter((s) => only.length === 0 || only.some((o) => s.startsWith(o)))) {
  console.log(`\n=== ${script}`);
  const child = spawn(process.execPath, [join(import.meta.dirname, script)], { stdio: 'inherit' });
  const timer = setTimeout(() => {
    console.error(`${script} ran over ${LIMIT_MINUTES} min: stopped`);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  }, LIMIT_MINUTES * 60_000);
  const code = await new Promise((resolve) => child.once('exit', (c, signal) => resolve(c ?? signal)));
  clearTimeout(timer);
  if (code !== 0) failed.push(`${script} (${code})`);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
