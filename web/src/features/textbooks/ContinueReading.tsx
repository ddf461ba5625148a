import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { sectionPath } from './paths';
import { readingPlace } from './readingPlace';
import type { TextbookChapter } from './model';
import { findSection, firstSection } from './toc';

/**
 * Back to the section this browser last read in the book (the reader then restores the scroll position), or
 * to the first section when there is none, or it is no longer in the book.
 */
export function ContinueReading({ textbookId, chapters }: { textbookId: string; chapters: TextbookChapter[] }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const place = readingPlace(textbookId);
  const remembered = place && findSection(chapters, place.sectionId);
  if (remembered) {
    const { section, number } = remembered;
    return (
      <Link className="button button--primary" to={sectionPath(textbookId, section.id)}>
        {t('textbook.continueReading')}{' '}
        <span className="continue-reading__section">
          {number} {localize(section.title, section.titleEn)}
        </span>
      </Link>
    );
  }
  const first = firstSection(chapters);
  if (!first) return null;
  return (
    <Link className="button button--primary" to={sectionPath(textbookId, first.id)}>
      {t('textbook.startReading')}
    </Link>
  );
}
