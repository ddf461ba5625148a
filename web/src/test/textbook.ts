import { parseMarkdown } from '@dari/markdown';
import type { Reference } from '../features/curricula/model';
import { TextbookIndexDocument, TextbookSelfAssessmentDocument, type TextbookIndexQuery } from '../features/textbooks/apparatus.generated';
import { TextbookReaderDocument } from '../features/textbooks/reader.generated';
import { TextbookDocument } from '../features/textbooks/textbook.generated';
import { TextbooksDocument } from '../features/textbooks/textbooks.generated';
import type { TextbookSummary } from '../features/textbooks/model';
import { mocked } from './render';

/** A two-chapter textbook as the API returns it, for the cover's and the reader's queries. */
export const TEXTBOOK_ID = 'maternal-primary-textbook';
export const PDF_PATH = `/textbooks/${TEXTBOOK_ID}.pdf`;

const reference: Reference = {
  __typename: 'Reference',
  title: 'WHO recommendations',
  publisher: 'WHO',
  year: 2016,
  url: 'https://www.who.int/',
};

const sections = [
  {
    chapter: 'ch1',
    id: 'antenatal-care-basics',
    position: 1,
    title: '산전관리의 기초',
    body: '## 학습목표\n\n1. 산전접촉의 시기를 안다.\n\n## 산전접촉\n\n첫 접촉은 임신 12주까지 한다.\n\n## 참고문헌\n\n1. WHO. 2016.',
    references: [reference],
    lesson: { __typename: 'Lesson' as const, id: 'antenatal-care-basics', title: '산전관리의 기초', titleEn: 'Antenatal care basics' },
  },
  { chapter: 'ch1', id: 'anaemia-in-pregnancy', position: 2, title: '임신기 빈혈', body: '혈색소를 잰다.' },
  { chapter: 'ch2', id: 'danger-signs', position: 1, title: '위험징후', body: '질출혈은 위험징후이다.' },
];

const chapters = [
  { id: 'ch1', position: 1, title: '임신기 관리', titleEn: 'Antenatal care' },
  { id: 'ch2', position: 2, title: '해산과 해산 후', titleEn: 'Birth and after' },
];

const sectionLink = ({ id, position, title }: (typeof sections)[number]) => ({
  __typename: 'TextbookSection' as const,
  id,
  position,
  title,
  titleEn: `${title} (en)`,
});

const withSections = <Section>(section: (s: (typeof sections)[number]) => Section) =>
  chapters.map((chapter) => ({
    __typename: 'TextbookChapter' as const,
    ...chapter,
    sections: sections.filter((s) => s.chapter === chapter.id).map(section),
  }));

const textbookLink = {
  __typename: 'Textbook' as const,
  id: TEXTBOOK_ID,
  title: '모성 및 신생아 보건',
  titleEn: 'Maternal and newborn care',
};

const textbookSummary: TextbookSummary = {
  ...textbookLink,
  topic: 'maternal',
  careLevel: 'primary',
  edition: 2,
  sectionCount: sections.length,
  updatedAt: '2026-05-01T09:00:00.000Z',
  pdfPath: PDF_PATH,
};

export const textbooksMock = mocked({
  request: { query: TextbooksDocument },
  result: { data: { textbooks: [textbookSummary] } },
});

export const coverMock = mocked({
  request: { query: TextbookDocument, variables: { id: TEXTBOOK_ID } },
  result: {
    data: {
      textbook: {
        ...textbookSummary,
        summary: '1차 의료일군을 위한 교과서.',
        summaryEn: 'A textbook for primary care workers.',
        cadres: ['midwife'],
        prefaceTree: parseMarkdown('## 이 책을 읽는 방법\n\n차례대로 읽으십시오.'),
        chapters: withSections(sectionLink),
      },
    },
  },
});

export const readerMock = mocked({
  request: { query: TextbookReaderDocument, variables: { id: TEXTBOOK_ID } },
  result: {
    data: {
      textbook: {
        ...textbookLink,
        pdfPath: PDF_PATH,
        chapters: withSections((section) => ({
          ...sectionLink(section),
          bodyTree: parseMarkdown(section.body),
          version: 1,
          reviewBy: '2028-12-31',
          references: section.references ?? [],
          lesson: section.lesson ?? null,
        })),
      },
    },
  },
});

export const textbookIndex: TextbookIndexQuery['textbook'] = {
  ...textbookLink,
  index: [
    {
      __typename: 'TextbookIndexEntry',
      term: '위험징후',
      sections: [{ __typename: 'TextbookIndexSection', id: 'danger-signs', title: '위험징후' }],
    },
    {
      __typename: 'TextbookIndexEntry',
      term: '혈색소',
      sections: [
        { __typename: 'TextbookIndexSection', id: 'antenatal-care-basics', title: '산전관리의 기초' },
        { __typename: 'TextbookIndexSection', id: 'anaemia-in-pregnancy', title: '임신기 빈혈' },
      ],
    },
  ],
  glossaryAnnex: [
    { __typename: 'TextbookGlossaryEntry', north: '애기집', south: '자궁', english: 'uterus', inn: null, proposed: false },
    { __typename: 'TextbookGlossaryEntry', north: '애기집수축약', south: '자궁수축제', english: null, inn: 'oxytocin', proposed: true },
  ],
};

export const indexMock = mocked({
  request: { query: TextbookIndexDocument, variables: { id: TEXTBOOK_ID } },
  result: { data: { textbook: textbookIndex } },
});

export const selfAssessmentMock = mocked({
  request: { query: TextbookSelfAssessmentDocument, variables: { id: TEXTBOOK_ID } },
  result: {
    data: {
      textbook: {
        __typename: 'Textbook',
        id: TEXTBOOK_ID,
        chapters: chapters.map((chapter) => ({
          __typename: 'TextbookChapter' as const,
          id: chapter.id,
          selfAssessment:
            chapter.id === 'ch1'
              ? [
                  {
                    __typename: 'SelfAssessmentQuestion' as const,
                    id: 'anc-q1',
                    case: null,
                    stem: '첫 산전접촉은 언제까지 하는가?',
                    options: ['임신 12주', '임신 20주', '임신 28주'],
                    answer: 'ㄱ',
                    explanation: 'WHO는 임신 12주까지 첫 접촉을 권고한다.',
                  },
                ]
              : [],
        })),
      },
    },
  },
});
