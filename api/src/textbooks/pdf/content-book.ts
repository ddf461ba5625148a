import { glossaryAnnex, textbookText, type ContentSet, type TextbookContent } from '@dari/content';
import { selectSelfAssessment, type LessonItem } from '../self-assessment';
import { type PrintableBook, unlessListed } from './printable-book';

/**
 * A textbook of content/ as the server prints it once imported (same sections, self-assessment, annex and
 * index), without a database: for counting pages before content is imported. Stamped as edition 1, version 1.
 */
export function printableFromContent(book: TextbookContent, content: ContentSet, mediaDir: string): PrintableBook {
  const items: LessonItem[] = content.curricula.flatMap((c) =>
    c.courses.flatMap((course) =>
      course.quizzes.flatMap((quiz) =>
        quiz.items.map((item) => ({
          lessonId: quiz.lesson,
          id: item.id,
          type: item.type,
          stem: item.stem,
          caseText: 'case' in item ? item.case : null,
          options: item.options.map(({ id, text }) => ({ id, text })),
          correct: item.type === 'true_false' ? [String(item.answer)] : item.options.filter((o) => o.correct).map((o) => o.id),
          explanation: item.explanation,
        })),
      ),
    ),
  );
  return {
    title: book.title.ko,
    subtitle: book.title.en,
    preface: book.body,
    chapters: book.chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title.ko,
      sections: chapter.sections.map((s) =>
        s.kind === 'lesson'
          ? { id: s.id, title: s.lesson.title.ko, markdown: s.lesson.body, references: unlessListed(s.lesson.body, s.lesson.references) }
          : { id: s.id, title: s.title.ko, markdown: s.body, references: unlessListed(s.body, s.references) },
      ),
      selfAssessment: selectSelfAssessment(
        chapter.sections.flatMap((s) => (s.kind === 'lesson' ? [s.id] : [])),
        items,
      ).map((q) => ({ ...q, case: q.case ?? undefined })),
    })),
    index: book.index ?? [],
    glossary: glossaryAnnex(textbookText(book), content.glossary),
    stamp: { edition: book.edition, version: '1', date: '2026-01-01', reviewStatus: '검토 전' },
    mediaDir,
  };
}
