import { checkTexts } from './checks';
import { createCtx } from './context';
import type { ContentError } from './front-matter';
import { loadGlossary } from './glossary';
import { checkCurriculumChecklists, loadChecklists } from './load-checklists';
import { loadCurricula } from './load-curricula';
import { loadTextbooks } from './load-textbooks';
import type { ChecklistContent, CurriculumContent, GlossaryEntry, LessonContent, TextbookContent } from './types';

export interface ContentSet {
  curricula: CurriculumContent[];
  textbooks: TextbookContent[];
  checklists: ChecklistContent[];
  glossary: GlossaryEntry[];
  errors: ContentError[];
  warnings: ContentError[];
}

/** Loads and checks a content tree (curricula, textbooks, checklists, glossary, media); errors are collected, never thrown. */
export function loadContent(root: string): ContentSet {
  const ctx = createCtx(root);
  const glossary = loadGlossary(root, ctx.errors);
  const curricula = loadCurricula(ctx);
  const lessons = new Map(allLessons(curricula).map((l) => [l.id, l]));
  const textbooks = loadTextbooks(ctx, lessons);
  const checklists = loadChecklists(ctx, lessons);
  checkCurriculumChecklists(ctx, curricula, checklists);
  checkTexts(ctx, curricula, textbooks, glossary, checklists);
  return { curricula, textbooks, checklists, glossary, errors: ctx.errors, warnings: ctx.warnings };
}

export function allLessons(curricula: CurriculumContent[]): LessonContent[] {
  return curricula.flatMap((c) => c.courses.flatMap((course) => course.modules.flatMap((m) => m.lessons)));
}
