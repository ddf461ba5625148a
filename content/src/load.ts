import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import { type ContentError, parseFrontMatter } from './front-matter';
import {
  type CourseFrontMatter,
  type CurriculumFrontMatter,
  type LessonFrontMatter,
  courseSchema,
  curriculumSchema,
  lessonSchema,
} from './schema';

export interface LessonContent extends LessonFrontMatter {
  file: string;
  body: string;
}
export interface ModuleContent {
  id: string;
  title: { ko: string; en: string };
  lessons: LessonContent[];
}
export interface CourseContent extends Omit<CourseFrontMatter, 'modules'> {
  file: string;
  description: string;
  modules: ModuleContent[];
}
export interface CurriculumContent extends Omit<CurriculumFrontMatter, 'courses'> {
  file: string;
  description: string;
  courses: CourseContent[];
}
export interface ContentSet {
  curricula: CurriculumContent[];
  errors: ContentError[];
}

/** Loads and checks everything under `<root>/curricula`; errors are collected, never thrown. */
export function loadContent(root: string): ContentSet {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  const ctx = { root, errors, seen };
  const dir = join(root, 'curricula');
  const curricula = existsSync(dir)
    ? subfolders(dir).flatMap((name) => loadCurriculum(ctx, join(dir, name), name) ?? [])
    : [];
  return { curricula, errors };
}

interface Ctx {
  root: string;
  errors: ContentError[];
  seen: Map<string, string>;
}

function read<T>(ctx: Ctx, path: string, expectedId: string, schema: ZodType<T & { id: string }>) {
  const file = relative(ctx.root, path);
  if (!existsSync(path)) {
    ctx.errors.push({ file, line: 1, message: 'file is missing' });
    return undefined;
  }
  const parsed = parseFrontMatter(file, readFileSync(path, 'utf8'), schema);
  if (!parsed.ok) {
    ctx.errors.push(...parsed.errors);
    return undefined;
  }
  const { id } = parsed.data;
  if (id !== expectedId) ctx.errors.push({ file, line: 2, message: `id "${id}" must match its file or folder name "${expectedId}"` });
  const previous = ctx.seen.get(id);
  if (previous) ctx.errors.push({ file, line: 2, message: `duplicate id "${id}" (also in ${previous})` });
  else ctx.seen.set(id, file);
  return { data: parsed.data, body: parsed.body.trim(), file };
}

function loadCurriculum(ctx: Ctx, dir: string, name: string): CurriculumContent | undefined {
  const found = read(ctx, join(dir, 'curriculum.md'), name, curriculumSchema);
  if (!found) return undefined;
  const listed = new Set(found.data.courses);
  for (const folder of subfolders(dir)) {
    if (!listed.has(folder)) ctx.errors.push({ file: found.file, line: 2, message: `course folder "${folder}" is not listed in courses` });
  }
  const courses = found.data.courses.flatMap((courseId) => {
    if (!existsSync(join(dir, courseId))) {
      ctx.errors.push({ file: found.file, line: 2, message: `course "${courseId}" has no folder` });
      return [];
    }
    return loadCourse(ctx, join(dir, courseId), courseId) ?? [];
  });
  return { ...found.data, file: found.file, description: found.body, courses };
}

function loadCourse(ctx: Ctx, dir: string, name: string): CourseContent | undefined {
  const found = read(ctx, join(dir, 'course.md'), name, courseSchema);
  if (!found) return undefined;
  const files = new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'course.md')
      .map((f) => f.slice(0, -3)),
  );
  const listed = new Set<string>();
  const modules = found.data.modules.map((module) => ({
    id: module.id,
    title: module.title,
    lessons: module.lessons.flatMap((lessonId) => {
      if (listed.has(lessonId)) ctx.errors.push({ file: found.file, line: 2, message: `lesson "${lessonId}" is listed twice` });
      listed.add(lessonId);
      if (!files.has(lessonId)) {
        ctx.errors.push({ file: found.file, line: 2, message: `lesson "${lessonId}" has no file ${lessonId}.md` });
        return [];
      }
      const lesson = read(ctx, join(dir, `${lessonId}.md`), lessonId, lessonSchema);
      return lesson ? [{ ...lesson.data, file: lesson.file, body: lesson.body }] : [];
    }),
  }));
  for (const module of found.data.modules) checkUnique(ctx, module.id, found.file);
  for (const f of files) {
    if (!listed.has(f)) ctx.errors.push({ file: found.file, line: 2, message: `lesson file ${f}.md is not listed in any module` });
  }
  return { ...found.data, file: found.file, description: found.body, modules };
}

function checkUnique(ctx: Ctx, id: string, file: string) {
  const previous = ctx.seen.get(id);
  if (previous) ctx.errors.push({ file, line: 2, message: `duplicate id "${id}" (also in ${previous})` });
  else ctx.seen.set(id, file);
}

function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}
