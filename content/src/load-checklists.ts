import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Ctx, claimId, fail } from './context';
import { parseYaml } from './front-matter';
import { CHECKLIST_STEPS, checklistSchema } from './schema';
import type { ChecklistContent, CurriculumContent, LessonContent } from './types';

export const CHECKLIST_SUFFIX = '.checklist.yaml';

/** Loads `checklists/<id>.checklist.yaml`: one skill each, its lessons resolved against `lessons`. */
export function loadChecklists(ctx: Ctx, lessons: Map<string, LessonContent>): ChecklistContent[] {
  const dir = join(ctx.root, 'checklists');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).sort();
  for (const name of names.filter((n) => !n.endsWith(CHECKLIST_SUFFIX))) {
    fail(ctx, relative(ctx.root, join(dir, name)), 1, `only <id>${CHECKLIST_SUFFIX} files belong in checklists/`);
  }
  return names
    .filter((n) => n.endsWith(CHECKLIST_SUFFIX))
    .flatMap((n) => loadChecklist(ctx, join(dir, n), n.slice(0, -CHECKLIST_SUFFIX.length), lessons) ?? []);
}

function loadChecklist(ctx: Ctx, path: string, expectedId: string, lessons: Map<string, LessonContent>): ChecklistContent | undefined {
  const file = relative(ctx.root, path);
  const parsed = parseYaml(file, readFileSync(path, 'utf8'), checklistSchema);
  if (!parsed.ok) {
    ctx.errors.push(...parsed.errors);
    return undefined;
  }
  const { data, lineOf } = parsed;
  if (data.id !== expectedId)
    fail(ctx, file, lineOf(['id']), `id "${data.id}" must match its file name "${expectedId}${CHECKLIST_SUFFIX}"`);
  claimId(ctx, data.id, file, lineOf(['id']));
  data.lessons.forEach((lessonId, i) => {
    if (!lessons.has(lessonId)) fail(ctx, file, lineOf(['lessons', i]), `lesson "${lessonId}" does not exist`);
  });
  if (!isCalendarDay(data.reviewBy))
    fail(ctx, file, lineOf(['reviewBy']), `reviewBy "${data.reviewBy}" is not a calendar day (YYYY-MM-DD)`);
  const critical = data.steps.filter((s) => s.critical).length;
  if (critical < CHECKLIST_STEPS.minCritical) {
    fail(
      ctx,
      file,
      lineOf(['steps']),
      `a checklist needs at least ${CHECKLIST_STEPS.minCritical} critical steps (critical: true), not ${critical}`,
    );
  }
  return { ...data, file };
}

/** A curriculum's `checklists` must name existing checklists, each once. */
export function checkCurriculumChecklists(ctx: Ctx, curricula: CurriculumContent[], checklists: ChecklistContent[]) {
  const known = new Set(checklists.map((c) => c.id));
  for (const curriculum of curricula) {
    const listed = new Set<string>();
    const line = curriculum.checklists?.length ? lineOfKey(join(ctx.root, curriculum.file), 'checklists') : 1;
    for (const id of curriculum.checklists ?? []) {
      if (listed.has(id)) fail(ctx, curriculum.file, line, `checklist "${id}" is listed twice in checklists`);
      listed.add(id);
      if (!known.has(id))
        fail(ctx, curriculum.file, line, `checklist "${id}" does not exist (content/checklists/${id}${CHECKLIST_SUFFIX})`);
    }
  }
}

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The line of a top-level key in a front-matter file (the curriculum keeps no YAML positions once loaded). */
function lineOfKey(path: string, key: string): number {
  const index = readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((l) => l.startsWith(`${key}:`));
  return index + 1 || 1;
}
