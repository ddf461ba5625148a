// API half of `npm run dev`: recompile on change and restart; the web half is Vite's dev server on :5173.
import { spawn } from 'node:child_process';
import { root } from './lib.mjs';

const env = { ...process.env, DARI_DEMO: process.env.DARI_DEMO ?? 'true' };
const children = [
  spawn('npx', ['tsc', '-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn('node', ['--watch-path=api/dist', 'api/dist/main.js'], { cwd: root, stdio: 'inherit', env }),
];
process.on('SIGINT', () => children.forEach((c) => c.kill('SIGINT')));
