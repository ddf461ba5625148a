import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SavedCourseVersions } from './model';

const DATABASE = 'dari-saved';
/** Cache Storage for saved figures; the service worker answers /media/ from it (web/vite.config.ts). */
export const MEDIA_CACHE = 'dari-saved-media';

/** A course the trainee saved: what was stored and at which versions. */
export interface SavedCourse {
  courseId: string;
  title: string;
  titleEn: string;
  savedAt: string;
  versions: SavedCourseVersions;
  /** Bytes of the responses and figures stored for it (shared ones count for each course holding them). */
  bytes: number;
}

/** A GraphQL response as a page asked for it, kept while any saved course needs it. */
interface StoredResponse {
  key: string;
  data: unknown;
  courses: string[];
  bytes: number;
}

interface StoredMedia {
  url: string;
  courses: string[];
  bytes: number;
}

interface SavedDatabase extends DBSchema {
  responses: { key: string; value: StoredResponse };
  media: { key: string; value: StoredMedia };
  courses: { key: string; value: SavedCourse };
  /** Whose copy this is: saved content is served only to the user who saved it. */
  owner: { key: 'owner'; value: { userId: string } };
}

let database: Promise<IDBPDatabase<SavedDatabase>> | null = null;

function db(): Promise<IDBPDatabase<SavedDatabase>> {
  database ??= openDB<SavedDatabase>(DATABASE, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('responses', { keyPath: 'key' });
      upgrading.createObjectStore('media', { keyPath: 'url' });
      upgrading.createObjectStore('courses', { keyPath: 'courseId' });
      upgrading.createObjectStore('owner');
    },
  }).catch((error: unknown) => {
    database = null;
    throw error;
  });
  return database;
}

export const byteSize = (text: string) => new TextEncoder().encode(text).length;

/** The key a page's query is stored and found under: operation name and variables, in a stable order. */
export function operationKey(operationName: string, variables: Record<string, unknown> = {}): string {
  const sorted = Object.keys(variables)
    .sort()
    .map((name) => [name, variables[name]]);
  return `${operationName}:${JSON.stringify(sorted)}`;
}

export async function readResponse(key: string): Promise<unknown> {
  return (await (await db()).get('responses', key))?.data;
}

export async function savedOwner(): Promise<string | null> {
  return (await (await db()).get('owner', 'owner'))?.userId ?? null;
}

export async function setOwner(userId: string): Promise<void> {
  await (await db()).put('owner', { userId }, 'owner');
}

/** Stores a response for a course; returns its size. */
export async function putResponse(key: string, data: unknown, courseId: string): Promise<number> {
  const store = (await db()).transaction('responses', 'readwrite').store;
  const json = JSON.stringify(data);
  const existing = await store.get(key);
  const courses = [...new Set([...(existing?.courses ?? []), courseId])];
  const bytes = byteSize(json);
  await store.put({ key, data: JSON.parse(json) as unknown, courses, bytes });
  return bytes;
}

/** Stores a figure (fetched past the saved copy, so a refresh gets the server's current one); returns its size. */
export async function putMedia(url: string, courseId: string): Promise<number> {
  const response = await fetch(`${url}?saved=${Date.now()}`, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const body = await response.blob();
  await (await caches.open(MEDIA_CACHE)).put(url, new Response(body, { headers: { 'content-type': body.type } }));
  const store = (await db()).transaction('media', 'readwrite').store;
  const existing = await store.get(url);
  await store.put({ url, courses: [...new Set([...(existing?.courses ?? []), courseId])], bytes: body.size });
  return body.size;
}

export async function putCourse(course: SavedCourse): Promise<void> {
  await (await db()).put('courses', course);
}

export async function savedCourses(): Promise<SavedCourse[]> {
  const courses = await (await db()).getAll('courses');
  return courses.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

/** Removes a course and whatever no other saved course still needs. */
export async function removeCourse(courseId: string): Promise<void> {
  const tx = (await db()).transaction(['courses', 'responses', 'media'], 'readwrite');
  await tx.objectStore('courses').delete(courseId);
  const unusedMedia: string[] = [];
  for (const name of ['responses', 'media'] as const) {
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      const entry = cursor.value;
      if (entry.courses.includes(courseId)) {
        const courses = entry.courses.filter((id) => id !== courseId);
        if (courses.length > 0) await cursor.update({ ...entry, courses });
        else {
          if ('url' in entry) unusedMedia.push(entry.url);
          await cursor.delete();
        }
      }
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  const cache = await caches.open(MEDIA_CACHE);
  await Promise.all(unusedMedia.map((url) => cache.delete(url)));
}

/** Everything saved, gone: on sign-out, and when someone else signs in on this browser. */
export async function clearSaved(): Promise<void> {
  const open = database;
  database = null;
  if (open) (await open.catch(() => null))?.close();
  await Promise.all([deleteDB(DATABASE), 'caches' in window ? caches.delete(MEDIA_CACHE) : Promise.resolve()]);
}
