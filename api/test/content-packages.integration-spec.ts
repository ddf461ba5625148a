import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ContentVersion, VersionedKind } from '../src/publishing/content-version.entity';
import { ContentVersionsService } from '../src/publishing/content-versions.service';
import { ContentPackageImporter } from '../src/packages/content/content-package-importer.service';
import { Role } from '../src/access/role.enum';
import { APPLY, counts, download, freshDatabase, PREVIEW, publicKeyOf, publishedState, type Report, upload } from './support/packages';
import { ok } from './support/review';
import { tempDir } from './support/server-process';
import { FIXTURE_CONTENT, startTestApp, type TestApp } from './support/test-app';

// Two servers, each on a database of its own: A (demo, with the fixture content) exports, B (empty) imports.
describe(`content packages between two servers (${process.env.DARI_TEST_DATABASE})`, () => {
  let dbs: { stop(): Promise<void> }[] = [];
  let a: TestApp;
  let b: TestApp;
  let editor: { id: string; token: string };
  let admin: { id: string; token: string };
  const files = tempDir('packages');

  beforeAll(async () => {
    const [dbA, dbB] = await Promise.all([freshDatabase('dari_test_packages_a'), freshDatabase('dari_test_packages_b')]);
    dbs = [dbA, dbB];
    a = await startTestApp({ databaseUrl: dbA.url, dataDir: tempDir('package-a'), publicUrl: 'http://county-a.local' });
    // B has no content folder of its own: the figures it shows come from packages.
    b = await startTestApp({
      databaseUrl: dbB.url,
      dataDir: tempDir('package-b'),
      contentDir: tempDir('package-b-content'),
      demo: false,
      trustedPublishers: [await publicKeyOf(a)],
    });
    editor = await a.newUser(Role.author);
    admin = await b.newUser(Role.admin);
  }, 180_000);

  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const db of dbs) await db.stop();
  });

  /** Publishes a new version of a text on a server, as review does (the same service, source `review`). */
  const publish = (app: TestApp, id: string, change: (body: string) => string) =>
    app.db.transaction(async (manager) => {
      const versions = app.nest.get(ContentVersionsService);
      const current = await versions.current(VersionedKind.lesson, id, manager);
      return versions.publish(
        manager,
        VersionedKind.lesson,
        id,
        { title: current.title, body: change(current.body) },
        { publishedBy: null },
      );
    });

  const exportFrom = async (name: string): Promise<string> => {
    const res = await download(a, editor.token, '?curriculum=test-curriculum');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="dari-content-test-curriculum-\d{4}-\d{2}-\d{2}\.dari"/);
    const file = join(files, name);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  };
  const uploaded = async (bytes: Buffer): Promise<string> => {
    const res = await upload(b, admin.token, bytes);
    const body = (await res.json()) as { uploadId: string };
    expect([res.status, body]).toEqual([201, { uploadId: expect.any(String) }]);
    return body.uploadId;
  };
  const preview = async (id: string) =>
    ok(await b.gql<{ contentPackagePreview: Report }>(PREVIEW, { id }, { token: admin.token })).contentPackagePreview;
  const apply = async (id: string, take: string[] = []) =>
    ok(await b.gql<{ applyContentPackage: Report }>(APPLY, { id, take }, { token: admin.token })).applyContentPackage;
  const count = (report: Pick<Report, 'counts'>, type: string) => report.counts.find((c) => c.type === type);
  const importFile = (file: string, apply: boolean, take: string[] = []) =>
    b.nest.get(ContentPackageImporter).import(Readable.from([readFileSync(file)]), { apply, take: new Set(take), actorId: admin.id });

  it('moves a curriculum: the preview writes nothing, applying shows the same published content and history', async () => {
    await publish(a, 'test-lesson-one', (body) => `${body}\n\n검토를 거쳐 고친 문장입니다.`);
    const file = await exportFrom('first.dari');
    const id = await uploaded(readFileSync(file));
    const before = await counts(b);

    const shown = await preview(id);
    expect(shown).toMatchObject({ curriculumId: 'test-curriculum', applied: false, sourceUrl: 'http://county-a.local' });
    expect(count(shown, 'lesson')).toEqual({ type: 'lesson', added: 3, changed: 0, unchanged: 0, conflicts: 0 });
    expect(count(shown, 'curriculum')?.added).toBe(1);
    expect(shown.changes.find((c) => c.key === 'lesson:test-lesson-one')).toMatchObject({ status: 'added', title: expect.any(String) });
    expect(await counts(b)).toEqual(before);
    expect(count(shown, 'figure')?.added).toBe(1);
    expect((await fetch(`${b.url}/media/test-figure.svg`)).status).toBe(404);

    const applied = await apply(id);
    expect(applied.applied).toBe(true);
    expect(await publishedState(b)).toEqual(await publishedState(a));
    const history = await b.db.getRepository(ContentVersion).findBy({ kind: VersionedKind.lesson, contentId: 'test-lesson-one' });
    expect(history.map((v) => v.version).sort()).toEqual([1, 2]);
    const figure = await fetch(`${b.url}/media/test-figure.svg`);
    expect([figure.status, await figure.text()]).toEqual([200, readFileSync(join(FIXTURE_CONTENT, 'media', 'test-figure.svg'), 'utf8')]);
    const [{ id: installA }] = await a.db.query(`SELECT id FROM install_identity`);
    expect(history.every((v) => v.source === 'package' && (v.meta.package as { installId: string }).installId === installA)).toBe(true);
    const audits = await b.db.query(`SELECT actor_id, entity_id FROM audit_event WHERE action = 'package.imported'`);
    expect(audits).toEqual([{ actor_id: admin.id, entity_id: shown.packageId }]);
  });

  it('a trainee on the second server reads the imported lesson', async () => {
    const trainee = await b.newUser(Role.trainee);
    const read = ok(
      await b.gql<{ lesson: { body: string } }>(`query { lesson(id: "test-lesson-one") { body } }`, {}, { token: trainee.token }),
    );
    expect(read.lesson.body).toContain('검토를 거쳐 고친 문장입니다.');
  });

  it('a replayed package changes nothing', async () => {
    const before = await counts(b);
    const again = await importFile(join(files, 'first.dari'), true);
    expect(Object.values(again.counts).every((c) => c.added === 0 && c.changed === 0 && c.conflicts === 0)).toBe(true);
    expect(again.changes).toEqual([]);
    expect(await counts(b)).toEqual(before);
  });

  it('brings a later version as a change with a word diff, and keeps the history equal', async () => {
    await publish(a, 'test-lesson-one', (body) => body.replace('고친 문장입니다', '다시 고친 문장입니다'));
    const id = await uploaded(readFileSync(await exportFrom('second.dari')));
    const change = (await preview(id)).changes.find((c) => c.key === 'lesson:test-lesson-one')!;
    expect(change.status).toBe('changed');
    expect(change.diff.filter((p) => p.op !== 'equal')).toEqual([{ op: 'insert', text: '다시 ' }]);
    await apply(id);
    expect(await publishedState(b)).toEqual(await publishedState(a));
    const [latest] = await b.db.query(
      `SELECT version, source FROM content_version WHERE content_id = 'test-lesson-one' ORDER BY version DESC LIMIT 1`,
    );
    expect(latest).toEqual({ version: 3, source: 'package' });
  });

  it('reports a local edit the package would overwrite and keeps it, unless the package text is chosen', async () => {
    await publish(b, 'test-lesson-two', (body) => `${body}\n\n이 병원에서 덧붙인 문장.`);
    await publish(a, 'test-lesson-two', (body) => `${body}\n\n중앙에서 덧붙인 문장.`);
    const file = await exportFrom('conflict.dari');
    const id = await uploaded(readFileSync(file));
    const conflict = (await preview(id)).changes.find((c) => c.key === 'lesson:test-lesson-two')!;
    expect(conflict).toMatchObject({ status: 'conflict', taken: false });
    const words = conflict.diff.filter((p) => p.op !== 'equal').map((p) => `${p.op} ${p.text.trim()}`);
    expect(words).toEqual(expect.arrayContaining(['delete 병원에서', 'insert 중앙에서']));

    const kept = await apply(id);
    expect(kept.changes.find((c) => c.key === 'lesson:test-lesson-two')).toMatchObject({ status: 'conflict', taken: false });
    const [local] = await b.db.query(`SELECT body FROM lesson WHERE id = 'test-lesson-two'`);
    expect(local.body).toContain('이 병원에서 덧붙인 문장.');
    expect(local.body).not.toContain('중앙에서');

    const taken = await importFile(file, true, ['lesson:test-lesson-two']);
    expect(taken.changes.find((c) => c.id === 'test-lesson-two')).toMatchObject({ status: 'conflict', taken: true });
    const [now] = await b.db.query(`SELECT body FROM lesson WHERE id = 'test-lesson-two'`);
    expect(now.body).toContain('중앙에서 덧붙인 문장.');
    expect(now.body).not.toContain('이 병원에서');
  });

  describe('refuses a package that is not what was signed, and writes nothing', () => {
    let file: string;
    let bytes: Buffer;
    beforeAll(async () => {
      await publish(a, 'test-lesson-three', (body) => `${body}\n\n새 판의 문장.`);
      file = await exportFrom('refusals.dari');
      bytes = readFileSync(file);
    });

    const refused = async (body: Buffer) => {
      const before = await counts(b);
      const res = await upload(b, admin.token, body);
      expect(res.status).toBe(422);
      const answer = (await res.json()) as { code: string; messageKo: string; messageEn: string };
      expect(answer).toMatchObject({ code: 'PACKAGE_REFUSED', messageEn: expect.stringContaining('nothing was written') });
      expect(answer.messageKo).toContain('아무것도 쓰지 않았습니다');
      expect(await counts(b)).toEqual(before);
      return answer;
    };

    it('a flipped byte', async () => {
      const flipped = Buffer.from(bytes);
      flipped[Math.floor(flipped.length / 2)] ^= 0x04;
      expect((await refused(flipped)).messageEn).toContain('changed after it was signed');
      // Altered text compressed again: the gzip stream is sound, the signature is not.
      const altered = gzipSync(Buffer.from(gunzipSync(bytes).toString('utf8').replace('새 판의 문장.', '새 판의 문장!')));
      expect((await refused(altered)).messageEn).toContain('changed after it was signed');
    });

    it('a cut file, also when applied directly', async () => {
      expect((await refused(bytes.subarray(0, Math.floor(bytes.length * 0.9)))).messageEn).toContain('incomplete');
      const cut = join(files, 'cut.dari');
      writeFileSync(cut, bytes.subarray(0, bytes.length - 40));
      const before = await counts(b);
      await expect(importFile(cut, true)).rejects.toMatchObject({ reason: 'truncated' });
      expect(await counts(b)).toEqual(before);
    });

    it('a key this server does not trust', async () => {
      const stranger = await startTestApp({ databaseUrl: process.env.DATABASE_URL, dataDir: tempDir('package-stranger') });
      try {
        const author = await stranger.newUser(Role.author);
        const res = await download(stranger, author.token);
        expect(res.status).toBe(200);
        expect((await refused(Buffer.from(await res.arrayBuffer()))).messageEn).toContain('does not trust');
      } finally {
        await stranger.close();
      }
    });

    it('then takes the sound file once, even applied twice at the same moment', async () => {
      const both = await Promise.all([importFile(file, true), importFile(file, true)]);
      const statuses = both.map((r) => r.changes.find((c) => c.id === 'test-lesson-three')?.status ?? 'unchanged').sort();
      expect(statuses).toEqual(['changed', 'unchanged']);
      const [{ n }] = await b.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'package.imported' AND entity_id = $1`, [
        both[0].manifest.packageId,
      ]);
      expect(n).toBe(1);
      // The texts are A's again (lesson two's local edit was replaced by choice: its history, and so its
      // version number, differ).
      const texts = async (app: TestApp) =>
        (await publishedState(app)).lessons.map((l: { title: string; body: string }) => [l.title, l.body]);
      expect(await texts(b)).toEqual(await texts(a));
    });
  });

  describe('who may', () => {
    it.each([
      [Role.author, 200],
      [Role.admin, 200],
      [Role.trainee, 403],
      [Role.reviewer, 403],
      [Role.registrar, 403],
      [Role.supervisor, 403],
    ])('%s: download a package (%i)', async (role, status) => {
      const user = await a.newUser(role);
      const res = await download(a, user.token, '?curriculum=test-curriculum');
      expect(res.status).toBe(status);
      if (status === 403) expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
      else await res.arrayBuffer();
    });

    it('nobody signed in: no download, no upload', async () => {
      expect((await fetch(`${a.url}/packages/content.dari`)).status).toBe(401);
      expect((await fetch(`${b.url}/packages/content`, { method: 'POST', body: 'x' })).status).toBe(401);
    });

    it('an unknown curriculum is a 404 before any byte', async () => {
      const res = await download(a, editor.token, '?curriculum=no-such-curriculum');
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
    });

    it.each([Role.author, Role.reviewer, Role.registrar, Role.trainee, Role.supervisor])(
      '%s: no upload, preview or apply',
      async (role) => {
        const user = await b.newUser(role);
        const res = await upload(b, user.token, readFileSync(join(files, 'first.dari')));
        expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
        const id = await uploaded(readFileSync(join(files, 'first.dari')));
        for (const [query, variables] of [
          [PREVIEW, { id }],
          [APPLY, { id, take: [] }],
        ] as const) {
          const result = await b.gql(query, variables, { token: user.token });
          expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
        }
      },
    );
  });
});
