import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { sectionPath } from './paths';
import type { TextbookChapter } from './model';
import { numberChapters } from './toc';

interface TableOfContentsProps {
  textbookId: string;
  chapters: TextbookChapter[];
  /** The section being read, marked as the current page. */
  currentSectionId?: string;
}

/** Chapters and their numbered sections ("2.3"), each section a link into the reader. */
export function TableOfContents({ textbookId, chapters, currentSectionId }: TableOfContentsProps) {
  const { t } = useTranslation();
  const localize = useLocalized();
  return (
    <ol className="toc">
      {numberChapters(chapters).map(({ chapter, number, sections }) => (
        <li key={chapter.id} className="toc__chapter">
          <span className="toc__chapter-title">
            {t('textbook.chapter', { number })} {localize(chapter.title, chapter.titleEn)}
          </span>
          <ol className="toc__sections">
            {sections.map(({ section, number: sectionNumber }) => {
              const current = section.id === currentSectionId;
              return (
                <li key={section.id}>
                  <Link
                    to={sectionPath(textbookId, section.id)}
                    className={current ? 'toc__link toc__link--current' : 'toc__link'}
                    aria-current={current ? 'page' : undefined}
                  >
                    <span className="toc__number">{sectionNumber}</span> {localize(section.title, section.titleEn)}
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
