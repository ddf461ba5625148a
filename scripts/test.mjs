// `npm test`: every tier — the dependency tree, generated GraphQL types, content validation, lint, types, unit,
// integration (GraphQL over HTTP on a real database) and the browser journeys — then one closing line with the summed test counts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, ensureInstalled, NX_ENV, nx, reachable, run } from './lib.mjs';

ensureInstalled();
const reports = mkdtempSync(join(tmpdir(), 'dari-test-'));
const counts = { passed: 0, failed: 0 };
const failures = [];

function step(name, command, args, { env = {}, report } = {}) {
  console.log(`\n=== ${name} ===`);
  const status = run(command, args, { env: { ...NX_ENV, ...env } });
  if (report) {
    try {
      const r = report();
      counts.passed += r.passed;
      counts.failed += r.failed;
    } catch {
      // No report means the runner died before testing: the exit status below records the failure.
    }
  }
  if (status !== 0) failures.push(name);
}

const jestReport = (file) => () => {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests };
};
const jestArgs = (config, file, extra = []) => ['jest', '-c', config, '--json', `--outputFile=${file}`, ...extra];

step('dependencies (npm ls --all clean, one @apollo/server, install scripts decided)', 'node', ['scripts/check-dependencies.mjs']);
step('graphql codegen up to date (web types from api/schema.gql)', 'node', ['scripts/check-codegen.mjs']);
step('build', 'npx', nx('run-many', '-t', 'build', '-p', 'markdown', 'content', 'credentials', 'api', 'web'));
step('bundle budget (JavaScript per page, gzipped)', 'node', ['scripts/bundle-budget.mjs']);
step('content validation', 'npx', nx('run', 'content:validate'));
step('lint', 'npx', nx('run-many', '-t', 'lint'));
step('format (Prettier: npm run format rewrites, this only checks)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
step('typecheck', 'npx', nx('run-many', '-t', 'typecheck'));
step('unit: markdown', 'npx', jestArgs('markdown/jest.config.js', join(reports, 'markdown.json')), {
  report: jestReport(join(reports, 'markdown.json')),
});
step('unit: content', 'npx', jestArgs('content/jest.config.js', join(reports, 'content.json')), {
  report: jestReport(join(reports, 'content.json')),
});
step('unit: credentials', 'npx', jestArgs('credentials/jest.config.js', join(reports, 'credentials.json')), {
  report: jestReport(join(reports, 'credentials.json')),
});
step('unit: api', 'npx', jestArgs('api/jest.config.js', join(reports, 'api.json')), { report: jestReport(join(reports, 'api.json')) });
step(
  'unit: web',
  'npx',
  ['vitest', 'run', '--root', 'web', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'web.json')}`],
  {
    report: () => {
      const r = JSON.parse(readFileSync(join(reports, 'web.json'), 'utf8'));
      return { passed: r.numPassedTests, failed: r.numFailedTests };
    },
  },
);
const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
// Specs of what only a PostgreSQL server can do (*.postgres.integration-spec.ts) need one; like the browser
// journeys, they are left out loudly where none answers, and under CI that is a failure.
const postgres = process.env.DATABASE_URL ?? process.env.DARI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const postgresAnswers = await reachable(postgres);
step(
  `integration (${database})`,
  'npx',
  jestArgs('api/jest.integration.config.js', join(reports, 'integration.json'), [
    '--runInBand',
    ...(postgresAnswers ? [] : ['--testPathIgnorePatterns', '\\.postgres\\.integration-spec\\.ts$']),
  ]),
  { report: jestReport(join(reports, 'integration.json')) },
);
if (!postgresAnswers) {
  console.log(`\n!!! The PostgreSQL-only specs (*.postgres.integration-spec.ts) did NOT run: no server at ${new URL(postgres).host}.`);
  console.log('!!! Install and start one with:  sudo apt-get install postgresql   (or set DARI_TEST_POSTGRES_URL)');
  if (process.env.CI === 'true') failures.push('PostgreSQL-only specs (no server under CI)');
}

const browser = chromiumPath();
if (browser) {
  const file = join(reports, 'e2e.json');
  step('browser journeys (Playwright + Chromium)', 'npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
    env: { CHROMIUM_PATH: browser, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    report: () => {
      const s = JSON.parse(readFileSync(file, 'utf8')).stats;
      return { passed: s.expected, failed: s.unexpected + s.flaky };
    },
  });
} else {
  console.log('\n!!! The browser journeys did NOT run: no Chromium found (looked at $CHROMIUM_PATH and /usr/bin/chromium).');
  console.log('!!! Install it with:  sudo apt-get install chromium   (then run npm test again)');
  if (process.env.CI === 'true') failures.push('browser journeys (Chromium missing under CI)');
}

rmSync(reports, { recursive: true, force: true });
console.log(`\nFailed steps: ${failures.length ? failures.join(', ') : 'none'}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failures.length ? 1 : 0);
