import { checkTexts } from './checks';
import { createCtx } from './context';
import type { ContentError } from './front-matter';
import { loadGlossary } from './glossary';
import { loadCurricula } from './load-curricula';
import { loadTextbooks } from './load-textbooks';
import type { CurriculumContent, GlossaryEntry, LessonContent, TextbookContent } from './types';

export interface ContentSet {
  curricula: CurriculumContent[];
  textbooks: TextbookContent[];
  glossary: GlossaryEntry[];
  errors: ContentError[];
  warnings: ContentError[];
}

/** Loads and checks a content tree (curricula, textbooks, glossary, media); errors are collected, never thrown. */
export function loadContent(root: string): ContentSet {
  const ctx = createCtx(root);
  const glossary = loadGlossary(root, ctx.errors);
  const curricula = loadCurricula(ctx);
  const textbooks = loadTextbooks(ctx, new Map(allLessons(curricula).map((l) => [l.id, l])));
  checkTexts(ctx, curricula, textbooks, glossary);
  return { curricula, textbooks, glossary, errors: ctx.errors, warnings: ctx.warnings };
}

export function allLessons(curricula: CurriculumContent[]): LessonContent[] {
  return curricula.flatMap((c) => c.courses.flatMap((course) => course.modules.flatMap((m) => m.lessons)));
}
