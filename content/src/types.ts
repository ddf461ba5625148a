import type {
  ChecklistFile,
  CourseFrontMatter,
  CurriculumFrontMatter,
  Item,
  LessonFrontMatter,
  QuizFile,
  SectionFrontMatter,
  TextbookFrontMatter,
} from './schema';

/** Where a Markdown body starts in its file, so checks on the body can report file:line. */
export interface Located {
  file: string;
}
export interface MarkdownSource extends Located {
  body: string;
  bodyLine: number;
}

export interface LessonContent extends LessonFrontMatter, MarkdownSource {}

export interface OptionContent {
  /** a, b, c ... in file order: stable as long as the order is. */
  id: string;
  text: string;
  correct: boolean;
}
/** Omit over each member of a union, keeping it a discriminated union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ItemContent = OmitEach<Item, 'options'> & { options: OptionContent[]; line: number };
export interface QuizContent extends Omit<QuizFile, 'items'>, Located {
  items: ItemContent[];
}
export interface ModuleContent {
  id: string;
  title: { ko: string; en: string };
  lessons: LessonContent[];
}
export interface CourseContent extends Omit<CourseFrontMatter, 'modules'>, Located {
  description: string;
  modules: ModuleContent[];
  quizzes: QuizContent[];
}
export interface CurriculumContent extends Omit<CurriculumFrontMatter, 'courses'>, Located {
  description: string;
  courses: CourseContent[];
}

/** A section of a textbook: its own text, or a lesson's (the same source as the online lesson). */
export type SectionContent =
  ({ kind: 'section' } & SectionFrontMatter & MarkdownSource) | { kind: 'lesson'; id: string; lesson: LessonContent };
export interface ChapterContent {
  id: string;
  title: { ko: string; en: string };
  sections: SectionContent[];
}
export interface TextbookContent extends Omit<TextbookFrontMatter, 'chapters'>, MarkdownSource {
  chapters: ChapterContent[];
}

/** A skills checklist (content/checklists/<id>.checklist.yaml); `line` of each step for file:line reports. */
export interface ChecklistContent extends ChecklistFile, Located {}

export type GlossaryRelation = 'different' | 'false_friend' | 'nk_loanword';
export type GlossaryStatus = 'attested' | 'proposed' | 'confirmed';
export interface GlossaryEntry {
  southTerm: string;
  northTerm: string;
  relation: GlossaryRelation;
  domain: string;
  note: string;
  source: string;
  status: GlossaryStatus;
  file: string;
  line: number;
}
