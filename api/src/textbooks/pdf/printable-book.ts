/** A reference printed at the end of a section. */
export interface PrintableReference {
  title: string;
  publisher?: string;
  year?: number;
  url?: string;
}

export interface PrintableSection {
  id: string;
  title: string;
  /** Korean Markdown (CommonMark + GitHub tables); raw HTML is printed as text, never interpreted. */
  markdown: string;
  references?: PrintableReference[];
}

/** A quiz item printed as a self-assessment question (plain text, never Markdown, as quiz items are everywhere). */
export interface PrintableQuestion {
  stem: string;
  case?: string;
  /** Option texts in order; empty for a true/false item. */
  options: string[];
  /** The answer as the key prints it: option labels ("ㄴ", "ㄱ, ㄷ") or 옳다/틀리다. */
  answer: string;
  explanation?: string;
}

export interface PrintableChapter {
  id: string;
  title: string;
  sections: PrintableSection[];
  /** Printed at the chapter's end; the answers are printed at the end of the book. */
  selfAssessment?: PrintableQuestion[];
}

/** A glossary term that occurs in the book, for the annex comparing North and South Korean terms. */
export interface PrintableGlossaryEntry {
  north: string;
  south: string;
  english?: string;
  /** International Nonproprietary Name, for medicines. */
  inn?: string;
  /** Not yet confirmed by North Korean faculty: marked in the annex. */
  proposed?: boolean;
}

export interface EditionStamp {
  edition: number;
  version: string;
  /** ISO date (YYYY-MM-DD); also the PDF's creation date, so the output is deterministic. */
  date: string;
  /** Printed as given, e.g. "승인됨". */
  reviewStatus: string;
}

/** Everything needed to print a textbook; built from the database by the caller. */
export interface PrintableBook {
  /** Korean title. */
  title: string;
  /** E.g. the English title. */
  subtitle?: string;
  /** Korean Markdown. */
  preface?: string;
  chapters: PrintableChapter[];
  /** Terms of the index at the end of the book, each printed with the pages it occurs on. */
  index?: string[];
  /** Terms for the glossary annex. */
  glossary?: PrintableGlossaryEntry[];
  stamp: EditionStamp;
  /** Folder that `media/<name>.svg|png|jpg` image paths in the Markdown resolve to. */
  mediaDir: string;
}

/** "제1판 · 판본 3 · 2026-11-22 · 검토: 승인됨" */
export function formatEditionStamp(stamp: EditionStamp): string {
  return `제${stamp.edition}판 · 판본 ${stamp.version} · ${stamp.date} · 검토: ${stamp.reviewStatus}`;
}

/** Lessons end with their own `## 참고문헌` list; print the structured references only where the text has none. */
export function unlessListed<T>(body: string, references: T[] | undefined): T[] | undefined {
  return /^##\s*참고문헌/m.test(body) ? undefined : references;
}
