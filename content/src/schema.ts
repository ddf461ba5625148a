import { z } from 'zod';

export const TOPICS = ['maternal', 'ncd', 'tb', 'medicines'] as const;
export const CARE_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export const CADRES = ['doctor', 'district_doctor', 'assistant_doctor', 'nurse', 'midwife', 'pharmacist', 'koryo_doctor'] as const;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase kebab-case');
const title = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });
const summary = z.strictObject({ ko: z.string().min(1).optional(), en: z.string().min(1) });
const targeting = {
  topic: z.enum(TOPICS),
  careLevel: z.enum(CARE_LEVELS),
  cadres: z.array(z.enum(CADRES)).min(1),
};
// YAML turns an unquoted 2028-12-31 into a Date; accept both and keep the ISO day.
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
  .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));

export const curriculumSchema = z.strictObject({
  id,
  title,
  summary,
  ...targeting,
  courses: z.array(id).min(1),
  /** Skills checklists that count toward the curriculum, passed or not yet, alongside its courses. */
  checklists: z.array(id).optional(),
});

export const moduleSchema = z.strictObject({ id, title, lessons: z.array(id).min(1) });

export const courseSchema = z.strictObject({
  id,
  title,
  summary,
  creditHours: z.number().positive(),
  modules: z.array(moduleSchema).min(1),
});

export const referenceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  year: z.number().int().min(1950).max(2100).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

export const lessonSchema = z.strictObject({
  id,
  title,
  summary,
  ...targeting,
  creditHours: z.number().positive(),
  objectives: z.array(z.string().min(1)).min(1),
  references: z.array(referenceSchema).min(1),
  reviewBy: isoDate,
});

const text = z.string().trim().min(1);
const option = z.strictObject({ text, correct: z.literal(true).optional() });
const itemBase = { id, objective: z.number().int().min(1), stem: text, explanation: text };
const choiceOptions = z.array(option).min(3).max(6);

export const itemSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...itemBase, type: z.literal('single'), options: choiceOptions }),
  z.strictObject({ ...itemBase, type: z.literal('multiple'), options: choiceOptions }),
  z.strictObject({ ...itemBase, type: z.literal('true_false'), answer: z.boolean() }),
  z.strictObject({ ...itemBase, type: z.literal('case'), case: text, options: choiceOptions }),
]);

export const quizSchema = z.strictObject({
  id,
  title,
  lesson: id,
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().min(1).optional(),
  cooldownMinutes: z.number().int().min(0).optional(),
  items: z.array(itemSchema).min(1),
});

const sectionRef = z.union([z.strictObject({ lesson: id }), z.strictObject({ section: id })]);

export const textbookSchema = z.strictObject({
  id,
  title,
  summary,
  ...targeting,
  edition: z.number().int().min(1),
  chapters: z.array(z.strictObject({ id, title, sections: z.array(sectionRef).min(1) })).min(1),
  /** Terms of the book's index, each exactly as it appears in the text (North Korean usage); printed with pages. */
  index: z.array(z.string().trim().min(1)).optional(),
});

export const sectionSchema = z.strictObject({
  id,
  title,
  references: z.array(referenceSchema).optional(),
  reviewBy: isoDate,
});

/** Checklists are for primary and secondary care (content/checklists, see README). */
export const CHECKLIST_CARE_LEVELS = ['primary', 'secondary'] as const;
export const CHECKLIST_STEPS = { min: 8, max: 20, minCritical: 3 } as const;

export const checklistStepSchema = z.strictObject({
  /** A heading shown above the step it starts. */
  group: text.optional(),
  text,
  /** A critical step must be done correctly to pass. */
  critical: z.boolean().optional(),
});

export const checklistSchema = z.strictObject({
  id,
  title,
  summary,
  topic: z.enum(TOPICS),
  careLevel: z.enum(CHECKLIST_CARE_LEVELS),
  cadres: z.array(z.enum(CADRES)).min(1),
  lessons: z.array(id).min(1),
  equipment: z.array(text).min(1),
  steps: z.array(checklistStepSchema).min(CHECKLIST_STEPS.min).max(CHECKLIST_STEPS.max),
  references: z.array(referenceSchema).min(1),
  reviewBy: isoDate,
});

export type CurriculumFrontMatter = z.infer<typeof curriculumSchema>;
export type CourseFrontMatter = z.infer<typeof courseSchema>;
export type LessonFrontMatter = z.infer<typeof lessonSchema>;
export type QuizFile = z.infer<typeof quizSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
export type TextbookFrontMatter = z.infer<typeof textbookSchema>;
export type SectionFrontMatter = z.infer<typeof sectionSchema>;
export type ChecklistFile = z.infer<typeof checklistSchema>;
export type ChecklistStep = z.infer<typeof checklistStepSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type Topic = (typeof TOPICS)[number];
export type CareLevel = (typeof CARE_LEVELS)[number];
export type Cadre = (typeof CADRES)[number];
