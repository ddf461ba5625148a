import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_CONFIG_INVALID } from '../src/config/app-config';
import { childEnv, cliScript, MAIN, runNode, tempDir } from './support/server-process';

// The built server and commands, started with values they do not accept: each stops before opening anything.
describe('a start with a wrong environment variable', () => {
  const dataDir = tempDir('config');

  it('the server names every wrong variable and what it allows, and exits with its own code', async () => {
    const { code, output } = await runNode(
      MAIN,
      [],
      childEnv(dataDir, { LOG_LEVEL: 'loud', DARI_SESSION_MAX_DAYS: '0', DARI_DEMO: 'yes' }),
    );
    expect(code).toBe(EXIT_CONFIG_INVALID);
    expect(output).toContain('Dari cannot start: these environment variables have values it does not accept');
    expect(output).toContain('DARI_DEMO="yes": expected true or false');
    expect(output).toContain('LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent');
    expect(output).toContain('DARI_SESSION_MAX_DAYS="0": expected a whole number of days, 1-3650');
    // The message alone, no stack trace; and the data folder was never opened.
    expect(output).not.toMatch(/^\s+at /m);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);

  it('so do the commands, without repeating the database password', async () => {
    const migrate = await runNode(cliScript('migrate'), [], childEnv(dataDir, { DATABASE_URL: 'mysql://dari:hunter2@db/dari' }));
    expect(migrate).toMatchObject({
      code: EXIT_CONFIG_INVALID,
      output: expect.stringContaining('DATABASE_URL="mysql://dari:***@db/dari": expected a PostgreSQL URL'),
    });
    expect(migrate.output).not.toContain('hunter2');

    const out = join(dataDir, 'backup.tar');
    const backup = await runNode(cliScript('backup'), ['--out', out], childEnv(dataDir, { PORT: 'http' }));
    expect(backup).toMatchObject({
      code: EXIT_CONFIG_INVALID,
      output: expect.stringContaining('PORT="http": expected a TCP port number, 0-65535'),
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dataDir)).toEqual([]);
  }, 60_000);
});
