import { type ContentSet, toStoredItem } from '@dari/content';
import type { CareLevel } from '../organisations/organisation.enums';
import type { Cadre } from '../users/cadre.enum';
import type { Checklist } from '../curricula/checklist.entity';
import type { Course } from '../curricula/course.entity';
import type { CourseModule } from '../curricula/course-module.entity';
import type { Curriculum } from '../curricula/curriculum.entity';
import type { Lesson } from '../curricula/lesson.entity';
import type { Topic } from '../curricula/topic.enum';
import type { QuestionItem } from '../quizzes/question-item.entity';
import type { Quiz } from '../quizzes/quiz.entity';

type Row<T> = Omit<T, 'curriculum' | 'module' | 'course'>;
export interface ContentRows {
  curricula: Row<Curriculum>[];
  courses: Row<Course>[];
  modules: Row<CourseModule>[];
  /** Without `version`: the importer numbers versions as it writes them. */
  lessons: Omit<Row<Lesson>, 'version'>[];
  quizzes: Quiz[];
  /** Without `version`, as lessons. */
  items: Omit<QuestionItem, 'version'>[];
}

/** Flattens the loaded content tree into table rows, positions taken from the order in the source. */
export function toRows(content: ContentSet): ContentRows {
  const rows: ContentRows = { curricula: [], courses: [], modules: [], lessons: [], quizzes: [], items: [] };
  content.curricula.forEach((cur, curPos) => {
    const targeting = { topic: cur.topic as Topic, careLevel: cur.careLevel as CareLevel, cadres: cur.cadres as Cadre[] };
    rows.curricula.push({
      id: cur.id,
      position: curPos,
      ...titles(cur),
      ...targeting,
      description: cur.description,
      checklistIds: cur.checklists ?? [],
    });
    cur.courses.forEach((course, coursePos) => {
      rows.courses.push({
        id: course.id,
        curriculumId: cur.id,
        position: coursePos,
        ...titles(course),
        ...targeting,
        creditHours: course.creditHours,
        description: course.description,
      });
      course.modules.forEach((mod, modPos) => {
        rows.modules.push({ id: mod.id, courseId: course.id, position: modPos, title: mod.title.ko, titleEn: mod.title.en });
        mod.lessons.forEach((lesson, lessonPos) => {
          rows.lessons.push({
            id: lesson.id,
            moduleId: mod.id,
            courseId: course.id,
            position: lessonPos,
            ...titles(lesson),
            topic: lesson.topic as Topic,
            careLevel: lesson.careLevel as CareLevel,
            cadres: lesson.cadres as Cadre[],
            body: lesson.body,
            objectives: lesson.objectives,
            references: lesson.references,
            reviewBy: lesson.reviewBy,
            creditHours: lesson.creditHours,
          });
        });
      });
      course.quizzes.forEach((quiz, quizPos) => {
        rows.quizzes.push({
          id: quiz.id,
          courseId: course.id,
          lessonId: quiz.lesson,
          title: quiz.title.ko,
          titleEn: quiz.title.en,
          passMark: quiz.passMark,
          maxAttempts: quiz.maxAttempts ?? null,
          cooldownMinutes: quiz.cooldownMinutes ?? null,
          position: quizPos,
        });
        quiz.items.forEach((item, itemPos) => {
          rows.items.push({ ...toStoredItem(item), quizId: quiz.id, position: itemPos });
        });
      });
    });
  });
  return rows;
}

/** Checklists as rows; steps are numbered from 1 in file order (assessments record missed steps by number). */
export function toChecklistRows(content: ContentSet): Omit<Checklist, 'version'>[] {
  return content.checklists.map((c, position) => ({
    id: c.id,
    position,
    ...titles(c),
    topic: c.topic as Topic,
    careLevel: c.careLevel as CareLevel,
    cadres: c.cadres as Cadre[],
    lessonIds: c.lessons,
    equipment: c.equipment,
    references: c.references,
    reviewBy: c.reviewBy,
    steps: c.steps.map((s, i) => ({ number: i + 1, group: s.group ?? null, text: s.text, critical: s.critical === true })),
  }));
}

export function titles(item: { title: { ko: string; en: string }; summary: { ko?: string; en: string } }) {
  return { title: item.title.ko, titleEn: item.title.en, summary: item.summary.ko ?? null, summaryEn: item.summary.en };
}
