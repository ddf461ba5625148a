import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { sectionsShownSeparately } from '../features/curricula/bodySections';
import { lessonPath } from '../features/curricula/paths';
import { ContentEditingForFaculty } from '../features/review/ContentEditingForFaculty';
import { ReferenceList } from '../features/curricula/ReferenceList';
import { ReviewBy } from '../features/curricula/ReviewBy';
import { useTextbookReader } from '../features/textbooks/hooks';
import { TEXTBOOKS_PATH, textbookPath } from '../features/textbooks/paths';
import { PdfLink } from '../features/textbooks/PdfLink';
import type { ReaderSection, ReaderTextbook } from '../features/textbooks/model';
import { ReaderContents } from '../features/textbooks/ReaderContents';
import { useReadingPlace } from '../features/textbooks/readingPlace';
import { SectionPager } from '../features/textbooks/SectionPager';
import { SelfAssessment } from '../features/textbooks/SelfAssessment';
import { findSection, type SectionInBook } from '../features/textbooks/toc';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { useWideLayout } from '../ui/Layout';
import { MarkdownTreeView } from '../ui/MarkdownTreeView';
import { NotFound } from '../ui/NotFound';
import { PageTitle } from '../ui/PageTitle';

// Textbook text is written in Korean only, whatever the interface language.
const CONTENT_LANGUAGE = 'ko';

export default function TextbookReaderPage() {
  const { textbookId = '', sectionId = '' } = useParams();
  useWideLayout();
  const { data, error } = useTextbookReader(textbookId);
  if (!data) return <QueryStatus error={error} />;

  const place = findSection(data.textbook.chapters, sectionId);
  if (!place) return <NotFound />;
  return <SectionReader textbook={data.textbook} place={place} />;
}

function SectionReader({ textbook, place }: { textbook: ReaderTextbook; place: SectionInBook<ReaderSection> }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const { section, number, chapter } = place;
  useReadingPlace(textbook.id, section.id);

  const bookTitle = localize(textbook.title, textbook.titleEn);
  const numberedTitle = `${number} ${localize(section.title, section.titleEn)}`;
  return (
    <div className="reader">
      <PageTitle title={`${numberedTitle} · ${bookTitle}`} />
      <Breadcrumb
        items={[
          { label: t('textbooks.title'), to: TEXTBOOKS_PATH },
          { label: bookTitle, to: textbookPath(textbook.id) },
          { label: numberedTitle },
        ]}
      />
      <div className="reader__columns">
        <ReaderContents key={section.id} textbookId={textbook.id} chapters={textbook.chapters} currentSectionId={section.id} />
        <article className="reader__section">
          <p className="eyebrow">
            {t('textbook.chapter', { number: chapter.number })} {localize(chapter.chapter.title, chapter.chapter.titleEn)}
          </p>
          <h1>{numberedTitle}</h1>
          <p className="reader__actions">
            {section.lesson && <Link to={lessonPath(section.lesson.id)}>{t('textbook.openLesson')}</Link>}
            <PdfLink path={textbook.pdfPath} />
          </p>
          {/* A section that shows a lesson is revised through that lesson. */}
          {!section.lesson && <ContentEditingForFaculty kind="textbookSection" contentId={section.id} />}
          <MarkdownTreeView tree={section.bodyTree} lang={CONTENT_LANGUAGE} omitSections={sectionsShownSeparately(section)} />
          <ReferenceList references={section.references} />
          <ReviewBy date={section.reviewBy} />
          {chapter.sections.at(-1)?.section.id === section.id && <SelfAssessment textbookId={textbook.id} chapterId={chapter.chapter.id} />}
          <SectionPager textbookId={textbook.id} previous={place.previous} next={place.next} />
        </article>
      </div>
    </div>
  );
}
