import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Ctx, claimId, fail, readMarkdown, subfolders } from './context';
import { sectionSchema, textbookSchema } from './schema';
import type { ChapterContent, LessonContent, SectionContent, TextbookContent } from './types';

/** Loads `textbooks/<id>/textbook.md` and its sections; lesson sections resolve against `lessons`. */
export function loadTextbooks(ctx: Ctx, lessons: Map<string, LessonContent>): TextbookContent[] {
  const dir = join(ctx.root, 'textbooks');
  return subfolders(dir).flatMap((name) => loadTextbook(ctx, join(dir, name), name, lessons) ?? []);
}

function loadTextbook(ctx: Ctx, dir: string, name: string, lessons: Map<string, LessonContent>): TextbookContent | undefined {
  const found = readMarkdown(ctx, join(dir, 'textbook.md'), name, textbookSchema);
  if (!found) return undefined;
  const used = new Set<string>();
  const chapters = found.data.chapters.map((chapter, c): ChapterContent => {
    claimId(ctx, chapter.id, found.file, found.lineOf(['chapters', c, 'id']));
    const sections = chapter.sections.flatMap((ref, s): SectionContent[] => {
      const line = found.lineOf(['chapters', c, 'sections', s]);
      const sectionId = 'lesson' in ref ? ref.lesson : ref.section;
      if (used.has(sectionId)) fail(ctx, found.file, line, `"${sectionId}" appears twice in this textbook`);
      used.add(sectionId);
      if ('lesson' in ref) {
        const lesson = lessons.get(ref.lesson);
        if (!lesson) {
          fail(ctx, found.file, line, `lesson "${ref.lesson}" does not exist`);
          return [];
        }
        return [{ kind: 'lesson', id: lesson.id, lesson }];
      }
      if (!existsSync(join(dir, `${ref.section}.md`))) {
        fail(ctx, found.file, line, `section "${ref.section}" has no file ${ref.section}.md in this textbook's folder`);
        return [];
      }
      const section = readMarkdown(ctx, join(dir, `${ref.section}.md`), ref.section, sectionSchema);
      return section ? [{ kind: 'section', ...section.data, file: section.file, body: section.body, bodyLine: section.bodyLine }] : [];
    });
    return { id: chapter.id, title: chapter.title, sections };
  });
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'textbook.md')) {
    if (!used.has(f.slice(0, -3))) fail(ctx, found.file, found.lineOf(['chapters']), `section file ${f} is not listed in any chapter`);
  }
  checkIndex(ctx, found.data.index ?? [], chapters, found.file, (i) => found.lineOf(['index', i]));
  return { ...found.data, file: found.file, body: found.body, bodyLine: found.bodyLine, chapters };
}

/** Every index term must occur in the book's sections (else the index would point nowhere), and only once in the list. */
function checkIndex(ctx: Ctx, terms: string[], chapters: ChapterContent[], file: string, lineOf: (i: number) => number) {
  const text = chapters.flatMap((c) => c.sections.map((s) => (s.kind === 'lesson' ? s.lesson.body : s.body))).join('\n');
  const seen = new Set<string>();
  terms.forEach((term, i) => {
    if (seen.has(term)) fail(ctx, file, lineOf(i), `index term "${term}" is listed twice`);
    seen.add(term);
    if (!text.includes(term)) fail(ctx, file, lineOf(i), `index term "${term}" does not occur in any section of this textbook`);
  });
}
