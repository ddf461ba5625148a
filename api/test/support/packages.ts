import { recreateDatabase, postgresDatabase } from './databases';
import { startEmbeddedDatabaseProcess } from './server-process';
import type { TestApp } from './test-app';

/** A database of a server of its own: on the suite's PostgreSQL server when it runs there, else embedded. */
export async function freshDatabase(name: string): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DARI_TEST_DATABASE?.startsWith('PostgreSQL')) {
    const url = postgresDatabase(name);
    await recreateDatabase(url);
    return { url, stop: async () => undefined };
  }
  return startEmbeddedDatabaseProcess();
}

/** The install's public key, as another server's admin would copy it into DARI_TRUSTED_PUBLISHERS. */
export async function publicKeyOf(app: TestApp): Promise<string> {
  return ((await (await fetch(`${app.url}/.well-known/dari-certificate-key`)).json()) as { publicKeyMultibase: string }).publicKeyMultibase;
}

export const download = (app: TestApp, token: string, query = '') =>
  fetch(`${app.url}/packages/content.dari${query}`, { headers: { authorization: `Bearer ${token}` } });

export const upload = (app: TestApp, token: string, body: Buffer) =>
  fetch(`${app.url}/packages/content`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  });

export const PREVIEW = `query ($id: UUID!) { contentPackagePreview(uploadId: $id) {
  packageId sourceUrl sourceInstallId curriculumId applied counts { type added changed unchanged conflicts }
  changes { key type id title status taken diff { op text } } } }`;
export const APPLY = `mutation ($id: UUID!, $take: [String!]) { applyContentPackage(uploadId: $id, take: $take) {
  applied counts { type added changed unchanged conflicts } changes { key status taken } } }`;

export interface Report {
  packageId: string;
  sourceInstallId: string;
  curriculumId: string | null;
  applied: boolean;
  counts: { type: string; added: number; changed: number; unchanged: number; conflicts: number }[];
  changes: {
    key: string;
    type: string;
    id: string;
    title: string;
    status: string;
    taken: boolean | null;
    diff: { op: string; text: string }[];
  }[];
}

const COURSES = `SELECT id FROM course WHERE curriculum_id = 'test-curriculum'`;
const BOOKS = `SELECT s.textbook_id FROM textbook_section s JOIN lesson l ON l.id = s.lesson_id WHERE l.course_id IN (${COURSES})`;

/** What a server publishes of a curriculum's texts and their histories, comparable between servers. */
export async function publishedState(app: TestApp) {
  const q = (sql: string) => app.db.query(sql);
  return {
    lessons: await q(
      `SELECT id, title, body, version, objectives FROM lesson WHERE course_id IN (SELECT id FROM course WHERE curriculum_id = 'test-curriculum') ORDER BY id`,
    ),
    items: await q(
      `SELECT i.id, i.stem, i.options, i.correct, i.version FROM question_item i JOIN quiz q ON q.id = i.quiz_id JOIN course c ON c.id = q.course_id WHERE c.curriculum_id = 'test-curriculum' ORDER BY i.id`,
    ),
    sections: await q(
      `SELECT id, textbook_id, title, body, lesson_id, version FROM textbook_section WHERE textbook_id IN (${BOOKS}) ORDER BY id`,
    ),
    history: await q(
      `SELECT kind, content_id, version, title, body FROM content_version WHERE content_id IN (SELECT id FROM lesson WHERE course_id IN (${COURSES})
         UNION SELECT i.id FROM question_item i JOIN quiz q ON q.id = i.quiz_id WHERE q.course_id IN (${COURSES})
         UNION SELECT id FROM textbook_section WHERE textbook_id IN (${BOOKS})) ORDER BY kind, content_id, version`,
    ),
  };
}

/** Row counts of what an import writes: a refused one leaves them all as they were. */
export async function counts(app: TestApp) {
  const [row] = await app.db.query(
    `SELECT (SELECT count(*) FROM lesson)::int AS lessons, (SELECT count(*) FROM content_version)::int AS versions, (SELECT count(*) FROM question_item)::int AS items,
       (SELECT count(*) FROM glossary_entry)::int AS glossary, (SELECT count(*) FROM audit_event)::int AS audits, (SELECT string_agg(body, '') FROM lesson) AS bodies`,
  );
  return row as Record<string, unknown>;
}
