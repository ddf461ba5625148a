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

export interface PrintableChapter {
  id: string;
  title: string;
  sections: PrintableSection[];
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
  stamp: EditionStamp;
  /** Folder that `media/<name>.svg|png|jpg` image paths in the Markdown resolve to. */
  mediaDir: string;
}

/** "제1판 · 판본 3 · 2026-11-22 · 검토: 승인됨" */
export function formatEditionStamp(stamp: EditionStamp): string {
  return `제${stamp.edition}판 · 판본 ${stamp.version} · ${stamp.date} · 검토: ${stamp.reviewStatus}`;
}
