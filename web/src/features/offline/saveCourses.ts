import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Block } from '@dari/markdown';
import { MeDocument } from '../auth/auth.generated';
import { CourseDocument } from '../curricula/course.generated';
import { CurriculaDocument } from '../curricula/curricula.generated';
import { LessonDocument } from '../curricula/lesson.generated';
import { TextbookReaderDocument } from '../textbooks/reader.generated';
import { TextbookDocument } from '../textbooks/textbook.generated';
import { TextbooksDocument } from '../textbooks/textbooks.generated';
import { SavedContentVersionsDocument, SavedQuizDocument } from './saved.generated';
import type { SavedContentVersion, SavedCourseVersions } from './model';
import {
  clearSaved,
  operationKey,
  putCourse,
  putMedia,
  putResponse,
  savedCourses,
  savedOwner,
  setOwner,
  type SavedCourse,
} from './savedStore';

// Content bodies refer to figures as `media/<name>`; the API serves them at `/media/` (as MarkdownTreeView does).
const MEDIA = /^(\.\/)?media\//;

/** The figures a parsed text shows, as the reader will ask for them. */
export function figureUrls(tree: readonly Block[]): string[] {
  const urls: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const { type, src } = node as { type?: unknown; src?: unknown };
    if (type === 'image' && typeof src === 'string' && MEDIA.test(src)) urls.push(src.replace(MEDIA, '/media/'));
    Object.values(node).forEach(visit);
  };
  visit(tree);
  return urls;
}

function operationName(query: TypedDocumentNode<unknown, never>): string {
  for (const definition of query.definitions)
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  throw new Error('A saved query needs a name: the offline link finds answers by it');
}

/** The versions the server publishes now for the given courses. */
async function currentVersions(client: ApolloClient, courseIds: string[]): Promise<SavedCourseVersions[]> {
  const { data } = await client.query({ query: SavedContentVersionsDocument, variables: { courseIds }, fetchPolicy: 'network-only' });
  return data?.savedContentVersions ?? [];
}

/**
 * Stores, for one course, exactly the answers the pages ask for (same documents and variables, so the offline
 * link finds them): the course, its lessons, its quizzes without answer keys, the textbooks showing its lessons,
 * the home page's curricula and the signed-in user; then every figure those texts show.
 */
async function saveCourse(client: ApolloClient, versions: SavedCourseVersions): Promise<SavedCourse> {
  const { courseId } = versions;
  const figures = new Set<string>();
  let bytes = 0;
  const keep = async <D, V extends OperationVariables>(
    query: TypedDocumentNode<D, V>,
    variables: V,
    texts?: (data: D) => (readonly Block[])[],
  ) => {
    const { data } = await client.query({ query, variables, fetchPolicy: 'network-only' });
    const name = operationName(query as TypedDocumentNode<unknown, never>);
    if (!data) throw new Error(`${name} answered without data`);
    bytes += await putResponse(operationKey(name, variables), data, courseId);
    for (const text of texts?.(data as D) ?? []) for (const url of figureUrls(text)) figures.add(url);
    return data as D;
  };
  await keep(MeDocument, {});
  await keep(CurriculaDocument, {});
  const { course } = await keep(CourseDocument, { id: courseId });
  for (const lesson of versions.lessons) await keep(LessonDocument, { id: lesson.id }, (d) => [d.lesson.bodyTree]);
  for (const quiz of versions.quizzes) await keep(SavedQuizDocument, { id: quiz.id });
  if (versions.textbooks.length > 0) await keep(TextbooksDocument, {});
  for (const { id } of versions.textbooks) {
    await keep(TextbookDocument, { id }, (d) => [d.textbook.prefaceTree]);
    await keep(TextbookReaderDocument, { id }, (d) => d.textbook.chapters.flatMap((c) => c.sections.map((s) => s.bodyTree)));
  }
  // Figures need Cache Storage, which browsers give only to secure origins (HTTPS or localhost).
  if ('caches' in window) for (const url of figures) bytes += await putMedia(url, courseId);
  const saved = { courseId, title: course.title, titleEn: course.titleEn, savedAt: new Date().toISOString(), versions, bytes };
  await putCourse(saved);
  return saved;
}

/** Makes the saved copy this user's: another user's copy is removed first (shared computers). */
export async function claimSaved(userId: string): Promise<void> {
  const owner = await savedOwner();
  if (owner && owner !== userId) await clearSaved();
  if (owner !== userId) await setOwner(userId);
}

export async function saveCourses(client: ApolloClient, userId: string, courseIds: string[]): Promise<SavedCourse[]> {
  await claimSaved(userId);
  // Asked once; a browser may decline, and then may evict the copy under storage pressure.
  void navigator.storage?.persist?.().catch(() => false);
  const saved: SavedCourse[] = [];
  for (const versions of await currentVersions(client, courseIds)) saved.push(await saveCourse(client, versions));
  return saved;
}

/** A saved course whose server copy changed, with the lessons that did. */
export interface RefreshedCourse {
  courseId: string;
  title: string;
  titleEn: string;
  lessons: SavedContentVersion[];
}

const changedIn = (before: SavedContentVersion[], after: SavedContentVersion[]) =>
  after.filter((entry) => before.find((old) => old.id === entry.id)?.version !== entry.version);

/** Compares the saved copy with what the server publishes now and saves again each course that changed. */
export async function refreshSaved(client: ApolloClient): Promise<RefreshedCourse[]> {
  const saved = await savedCourses();
  if (saved.length === 0) return [];
  const refreshed: RefreshedCourse[] = [];
  for (const versions of await currentVersions(
    client,
    saved.map((course) => course.courseId),
  )) {
    const old = saved.find((course) => course.courseId === versions.courseId)!.versions;
    const lessons = changedIn(old.lessons, versions.lessons);
    const others = [...changedIn(old.quizzes, versions.quizzes), ...changedIn(old.textbooks, versions.textbooks)];
    if (lessons.length === 0 && others.length === 0 && old.lessons.length === versions.lessons.length) continue;
    const course = await saveCourse(client, versions);
    refreshed.push({ courseId: course.courseId, title: course.title, titleEn: course.titleEn, lessons });
  }
  return refreshed;
}
