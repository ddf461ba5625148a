import { allLessons } from './load';
import type { ContentSet } from './load';

export interface LessonStats {
  id: string;
  curriculum: string;
  words: number;
  references: number;
  items: number;
}
export interface ContentStats {
  curricula: number;
  courses: number;
  lessons: LessonStats[];
  items: number;
  itemsByType: Record<string, number>;
  /** Lessons per curriculum and care level (a lesson's own careLevel). */
  lessonsByLevel: { curriculum: string; careLevel: string; lessons: number }[];
  textbooks: { id: string; chapters: number; sections: number }[];
  glossary: Record<string, number>;
}

/** Korean words: whitespace-separated tokens with at least one Hangul syllable (Markdown syntax is not a word). */
export function koreanWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\uAC00-\uD7A3]/.test(token)).length;
}

export function contentStats({ curricula, textbooks, glossary }: ContentSet): ContentStats {
  const itemsByLesson = new Map<string, number>();
  const itemsByType: Record<string, number> = {};
  const quizzes = curricula.flatMap((c) => c.courses.flatMap((course) => course.quizzes));
  for (const quiz of quizzes) {
    itemsByLesson.set(quiz.lesson, (itemsByLesson.get(quiz.lesson) ?? 0) + quiz.items.length);
    for (const item of quiz.items) itemsByType[item.type] = (itemsByType[item.type] ?? 0) + 1;
  }
  const curriculumOf = new Map(curricula.flatMap((c) => allLessons([c]).map((l) => [l.id, c.id] as const)));
  const glossaryCounts: Record<string, number> = {};
  for (const entry of glossary) glossaryCounts[entry.status] = (glossaryCounts[entry.status] ?? 0) + 1;
  return {
    curricula: curricula.length,
    courses: curricula.reduce((n, c) => n + c.courses.length, 0),
    lessons: allLessons(curricula).map((l) => ({
      id: l.id,
      curriculum: curriculumOf.get(l.id)!,
      words: koreanWords(l.body),
      references: l.references.length,
      items: itemsByLesson.get(l.id) ?? 0,
    })),
    lessonsByLevel: curricula.flatMap((c) => {
      const counts = new Map<string, number>();
      for (const l of allLessons([c])) counts.set(l.careLevel, (counts.get(l.careLevel) ?? 0) + 1);
      return [...counts].map(([careLevel, lessons]) => ({ curriculum: c.id, careLevel, lessons }));
    }),
    items: quizzes.reduce((n, q) => n + q.items.length, 0),
    itemsByType,
    textbooks: textbooks.map((t) => ({
      id: t.id,
      chapters: t.chapters.length,
      sections: t.chapters.reduce((n, c) => n + c.sections.length, 0),
    })),
    glossary: glossaryCounts,
  };
}
