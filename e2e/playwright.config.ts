import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; override with CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    locale: 'ko-KR',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The built app in demo mode on a fresh embedded database, exactly as `npm start` serves it.
    command: 'node api/dist/main.js',
    cwd: join(__dirname, '..'),
    url: `${baseURL}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: { PORT: String(port), DARI_DEMO: 'true', DARI_DATA_DIR: join(tmpdir(), `dari-e2e-${process.pid}`), LOG_LEVEL: 'warn' },
  },
});
