import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, healthy, startServer, tempDir } from './support/server-process';

/**
 * No Docker engine runs the tests, so this runs what the image runs, the way it runs it: the final stage's
 * ENV and CMD, from WORKDIR, as an unprivileged user (nobody when the tests run as root), in a copy of the
 * app that this user cannot write, with the data folder on a writable directory as the volume would be.
 */
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const instruction = (name: string) => [...finalStage.matchAll(new RegExp(`^${name} (.+)$`, 'gm'))].map((m) => m[1].trim());
const imageEnv = Object.fromEntries(
  instruction('ENV').flatMap((line) => line.split(/\s+/).map((pair) => pair.split('=') as [string, string])),
);
const command = JSON.parse(instruction('CMD')[0]) as string[];
const NOBODY = 65534;

describe('the Docker image start', () => {
  it('declares a non-root user and its data folder as a volume; compose insists on a database password', () => {
    expect(instruction('USER')).toEqual(['node']);
    expect(instruction('VOLUME')).toEqual([imageEnv.DARI_DATA_DIR]);
    expect(command).toEqual(['node', 'api/dist/main.js']);
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/POSTGRES_PASSWORD:-/);
    expect(compose.match(/\$\{POSTGRES_PASSWORD:\?[^}]+\}/g)).toHaveLength(2);
    expect(compose).toMatch(/- dari-data:\/data/);
  });

  it('starts as an unprivileged user in a read-only app folder, answers /health and writes its key into the data folder', async () => {
    const app = join(tempDir('image'), 'app');
    for (const part of [
      'package.json',
      'api/package.json',
      'api/dist',
      'web/dist',
      'content',
      'credentials/package.json',
      'credentials/dist',
    ]) {
      cpSync(join(ROOT, part), join(app, part), { recursive: true, filter: (src) => !src.includes('node_modules') });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
    const dataDir = tempDir('volume');
    const asRoot = process.getuid?.() === 0;
    chmodSync(join(app, '..'), 0o755);
    execFileSync('chmod', ['-R', 'a-w', app]);
    if (asRoot) chownSync(dataDir, NOBODY, NOBODY);
    const run = asRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command] : command;

    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...imageEnv, DARI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const server = await startServer(env, run, { cwd: app });
    try {
      expect(await healthy(server.url)).toBe(true);
      const key = join(dataDir, 'keys', 'certificate-keys.json');
      expect(existsSync(key)).toBe(true);
      expect(statSync(key).mode & 0o777).toBe(0o600);
      if (asRoot) expect(statSync(key).uid).toBe(NOBODY);
      expect(await fetch(`${server.url}/`).then((r) => r.text())).toContain('<div id="root"');
    } finally {
      const { output } = await server.stop();
      expect(output).not.toMatch(/EACCES|EROFS/);
      execFileSync('chmod', ['-R', 'u+w', app]);
    }
  }, 180_000);
});
