import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Ctx, claimId, fail, readMarkdown, subfolders } from './context';
import { parseYaml } from './front-matter';
import { answerKeyProblems, optionId } from './item-yaml';
import { courseSchema, curriculumSchema, lessonSchema, quizSchema } from './schema';
import type { CourseContent, CurriculumContent, ItemContent, LessonContent, QuizContent } from './types';

const QUIZ_SUFFIX = '.quiz.yaml';

export function loadCurricula(ctx: Ctx): CurriculumContent[] {
  const dir = join(ctx.root, 'curricula');
  return subfolders(dir).flatMap((name) => loadCurriculum(ctx, join(dir, name), name) ?? []);
}

function loadCurriculum(ctx: Ctx, dir: string, name: string): CurriculumContent | undefined {
  const found = readMarkdown(ctx, join(dir, 'curriculum.md'), name, curriculumSchema);
  if (!found) return undefined;
  const line = found.lineOf(['courses']);
  const listed = new Set(found.data.courses);
  for (const folder of subfolders(dir)) {
    if (!listed.has(folder)) fail(ctx, found.file, line, `course folder "${folder}" is not listed in courses`);
  }
  const courses = found.data.courses.flatMap((courseId) => {
    if (!existsSync(join(dir, courseId))) {
      fail(ctx, found.file, line, `course "${courseId}" has no folder`);
      return [];
    }
    return loadCourse(ctx, join(dir, courseId), courseId) ?? [];
  });
  return { ...found.data, file: found.file, description: found.body, courses };
}

function loadCourse(ctx: Ctx, dir: string, name: string): CourseContent | undefined {
  const found = readMarkdown(ctx, join(dir, 'course.md'), name, courseSchema);
  if (!found) return undefined;
  const names = readdirSync(dir).sort();
  const files = new Set(names.filter((f) => f.endsWith('.md') && f !== 'course.md').map((f) => f.slice(0, -3)));
  const listed = new Set<string>();
  const modules = found.data.modules.map((module, m) => ({
    id: module.id,
    title: module.title,
    lessons: module.lessons.flatMap((lessonId, l): LessonContent[] => {
      const line = found.lineOf(['modules', m, 'lessons', l]);
      if (listed.has(lessonId)) fail(ctx, found.file, line, `lesson "${lessonId}" is listed twice`);
      listed.add(lessonId);
      if (!files.has(lessonId)) {
        fail(ctx, found.file, line, `lesson "${lessonId}" has no file ${lessonId}.md`);
        return [];
      }
      const lesson = readMarkdown(ctx, join(dir, `${lessonId}.md`), lessonId, lessonSchema);
      return lesson ? [{ ...lesson.data, file: lesson.file, body: lesson.body, bodyLine: lesson.bodyLine }] : [];
    }),
  }));
  found.data.modules.forEach((module, m) => claimId(ctx, module.id, found.file, found.lineOf(['modules', m, 'id'])));
  for (const f of files) {
    if (!listed.has(f)) fail(ctx, found.file, found.lineOf(['modules']), `lesson file ${f}.md is not listed in any module`);
  }
  const lessons = new Map(modules.flatMap((m) => m.lessons).map((l) => [l.id, l]));
  const quizzes = names
    .filter((f) => f.endsWith(QUIZ_SUFFIX))
    .flatMap((f) => loadQuiz(ctx, join(dir, f), f.slice(0, -QUIZ_SUFFIX.length), lessons) ?? []);
  return { ...found.data, file: found.file, description: found.body, modules, quizzes };
}

function loadQuiz(ctx: Ctx, path: string, expectedId: string, lessons: Map<string, LessonContent>): QuizContent | undefined {
  const file = relative(ctx.root, path);
  const parsed = parseYaml(file, readFileSync(path, 'utf8'), quizSchema);
  if (!parsed.ok) {
    ctx.errors.push(...parsed.errors);
    return undefined;
  }
  const { data: quiz, lineOf } = parsed;
  if (quiz.id !== expectedId) fail(ctx, file, lineOf(['id']), `id "${quiz.id}" must match its file name "${expectedId}${QUIZ_SUFFIX}"`);
  claimId(ctx, quiz.id, file, lineOf(['id']));
  const lesson = lessons.get(quiz.lesson);
  if (!lesson) fail(ctx, file, lineOf(['lesson']), `lesson "${quiz.lesson}" is not a lesson of this course`);
  const items = quiz.items.map((item, i): ItemContent => {
    const line = lineOf(['items', i]);
    claimId(ctx, item.id, file, line);
    if (lesson && item.objective > lesson.objectives.length) {
      fail(
        ctx,
        file,
        lineOf(['items', i, 'objective']),
        `objective ${item.objective} does not exist: lesson "${lesson.id}" has ${lesson.objectives.length}`,
      );
    }
    const options = 'options' in item ? item.options.map((o, k) => ({ id: optionId(k), text: o.text, correct: o.correct === true })) : [];
    for (const problem of answerKeyProblems(item)) fail(ctx, file, lineOf(['items', i, 'options']), problem.replace(/^options: /, ''));
    return { ...item, options, line };
  });
  return { ...quiz, file, items };
}
