import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, cliScript, runNode, tempDir } from './support/server-process';

// The commands on an embedded database of their own (a fresh data folder, migrated first): one install exports
// the fixture content, another previews, applies and replays the package, and refuses a damaged copy.
describe('package:export and package:import', () => {
  const a = tempDir('package-cli-a');
  const b = tempDir('package-cli-b');
  const file = join(tempDir('package-cli-files'), 'test.dari');
  let trust: Record<string, string>;

  beforeAll(async () => {
    const imported = await runNode(cliScript('content-import'), [], childEnv(a));
    expect([imported.code, imported.output]).toEqual([0, expect.any(String)]);
    // The install's current signing key: the last of its key ring.
    const key = (
      JSON.parse(readFileSync(join(a, 'keys', 'certificate-keys.json'), 'utf8')) as { keys: { publicKeyMultibase: string }[] }
    ).keys.at(-1)!;
    trust = { DARI_TRUSTED_PUBLISHERS: `did:key:${key.publicKeyMultibase}` };
  }, 120_000);

  it('exports a curriculum to a file', async () => {
    const run = await runNode(cliScript('package-export'), ['--out', file, '--curriculum', 'test-curriculum'], childEnv(a));
    expect([run.code, run.output]).toEqual([
      0,
      expect.stringMatching(/test\.dari: package [0-9a-f-]{36}, \d+ records, sha256 [0-9a-f]{64}/),
    ]);
    expect(existsSync(`${file}.part`)).toBe(false);
  }, 60_000);

  it('previews without --yes and writes nothing, applies with it, and a second run changes nothing', async () => {
    const preview = await runNode(cliScript('package-import'), [file], childEnv(b, trust));
    expect(preview.code).toBe(0);
    expect(preview.output).toMatch(/added\s+lesson:test-lesson-one/);
    expect(preview.output).toContain('preview only: nothing was written');
    const applied = await runNode(cliScript('package-import'), [file, '--yes'], childEnv(b, trust));
    expect([applied.code, applied.output]).toEqual([0, expect.stringContaining('applied.')]);
    expect(applied.output).toMatch(/added\s+lesson:test-lesson-one/);
    const again = await runNode(cliScript('package-import'), [file, '--yes'], childEnv(b, trust));
    expect(again.code).toBe(0);
    expect(again.output).not.toMatch(/^(added|changed|conflict) /m);
  }, 120_000);

  it('exits non-zero on a refused package, saying why in Korean and English', async () => {
    const cut = `${file}.cut`;
    writeFileSync(cut, readFileSync(file).subarray(0, 2000));
    const truncated = await runNode(cliScript('package-import'), [cut, '--yes'], childEnv(b, trust));
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain('잘렸습니다');
    expect(truncated.output).toContain('The package file is incomplete (cut short); nothing was written.');
    const untrusted = await runNode(cliScript('package-import'), [file], childEnv(b));
    expect(untrusted.code).toBe(1);
    expect(untrusted.output).toContain('signed with a key this server does not trust');
  }, 60_000);
});
