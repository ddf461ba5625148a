import type { BlockRenderer } from './block-renderer';
import { indexPages, sortTerms } from './book-index';
import { chapterLabel, drawChapterTitle, openChapter } from './chapter-opening';
import type { TocEntry } from './front-matter';
import { text, type Block, type Inline } from './markdown-model';
import type { PrintableBook, PrintableQuestion } from './printable-book';
import type { FlowContext, Setting } from './text-block';
import { CONTENT } from './theme';

export const SELF_ASSESSMENT_TITLE = '자체평가';
const ANSWERS_TITLE = '자체평가 답';
const GLOSSARY_TITLE = '용어대조표';
const INDEX_TITLE = '찾아보기';
const OPTION_LABELS = ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ'];
export const TRUE_FALSE = { true: '옳다', false: '틀리다' } as const;

export const selfAssessmentDestination = (chapter: number) => `self-assessment-${chapter + 1}`;
/** "ㄱ", "ㄴ", ... for option 0, 1, ... (as the answer key names them). */
export const optionLabel = (index: number) => OPTION_LABELS[index] ?? String(index + 1);

const paragraph = (...inlines: Inline[]): Block => ({ kind: 'paragraph', inlines });
const column = (): FlowContext => ({ x: CONTENT.left, width: CONTENT.width, quoteBars: [] });

/** A chapter's questions: the case, the stem, then labelled options (or 옳다 / 틀리다), numbered from 1. */
export function questionBlocks(questions: PrintableQuestion[]): Block[] {
  const items = questions.map((q): Block[] => [
    ...(q.case ? [paragraph(text(q.case, { muted: true }))] : []),
    paragraph(text(q.stem)),
    ...(q.options.length > 0
      ? q.options.map((option, i) => paragraph(text(`${optionLabel(i)}. ${option}`)))
      : [paragraph(text(`${TRUE_FALSE.true} / ${TRUE_FALSE.false}`))]),
  ]);
  return [{ kind: 'list', ordered: true, start: 1, tight: true, items }];
}

const hasQuestions = (book: PrintableBook) => book.chapters.some((c) => c.selfAssessment?.length);

/** The parts after the last chapter that the book has, for the table of contents. */
export function backMatterEntries(book: PrintableBook): TocEntry[] {
  return [
    ...(hasQuestions(book) ? [ANSWERS_TITLE] : []),
    ...(book.glossary?.length ? [GLOSSARY_TITLE] : []),
    ...(book.index?.length ? [INDEX_TITLE] : []),
  ].map((title) => ({ level: 0, title, destination: title }));
}

/**
 * The answer key of the self-assessments, the glossary annex and the index, each on new pages. The index's
 * page numbers come from `pageTexts`, the body as printed (front matter and these parts excluded).
 */
export function renderBackMatter(
  setting: Setting,
  book: PrintableBook,
  blocks: BlockRenderer,
  pageTexts: string[],
  mark: (destination: string) => void,
): void {
  const part = (title: string, body: Block[], tight = false) => {
    openChapter(setting, null, title);
    mark(title);
    setting.flow.doc.outline.addItem(title);
    drawChapterTitle(setting, null, title);
    blocks.render(body, column(), tight);
  };
  if (hasQuestions(book)) part(ANSWERS_TITLE, answerBlocks(book));
  if (book.glossary?.length) part(GLOSSARY_TITLE, glossaryBlocks(book.glossary));
  if (book.index?.length) {
    const pages = indexPages(book.index, pageTexts);
    const lines = sortTerms(book.index).map((term) =>
      paragraph(text(term, { bold: true }), text(`  ${pages.get(term)?.join(', ') || '-'}`)),
    );
    part(INDEX_TITLE, lines, true);
  }
}

function answerBlocks(book: PrintableBook): Block[] {
  return book.chapters.flatMap((chapter, index): Block[] => {
    if (!chapter.selfAssessment?.length) return [];
    const items = chapter.selfAssessment.map((q) => [
      paragraph(text(q.answer, { bold: true }), ...(q.explanation ? [text(` — ${q.explanation}`)] : [])),
    ]);
    return [
      { kind: 'heading', level: 2, inlines: [text(`${chapterLabel(index)} ${chapter.title}`)] },
      { kind: 'list', ordered: true, start: 1, tight: true, items },
    ];
  });
}

function glossaryBlocks(entries: NonNullable<PrintableBook['glossary']>): Block[] {
  const cell = (value: string | undefined) => [text(value ?? '')];
  const rows = entries.map((e) => [cell(e.proposed ? `${e.north} *` : e.north), cell(e.south), cell(e.english), cell(e.inn)]);
  const blocks: Block[] = [
    paragraph(text('이 책에 나오는 용어를 남측 용어, 영어, 약의 국제이름(INN)과 맞대어 보인다.')),
    {
      kind: 'table',
      align: ['left', 'left', 'left', 'left'],
      header: [cell('북측 용어'), cell('남측 용어'), cell('영어'), cell('약의 국제이름(INN)')],
      rows,
    },
  ];
  if (entries.some((e) => e.proposed)) {
    blocks.push(paragraph(text('* 표가 붙은 용어는 아직 북측 교원들이 확인하지 않은 제안용어이다.', { muted: true })));
  }
  return blocks;
}
