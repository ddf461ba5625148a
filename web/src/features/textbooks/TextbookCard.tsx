import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../i18n/useLocalized';
import { textbookPath } from './paths';
import { PdfLink } from './PdfLink';
import { TextbookMeta } from './TextbookMeta';
import type { TextbookSummary } from './model';

/** The title links to the cover (stretched over the card, as course cards do); the PDF link sits above it. */
export function TextbookCard({ textbook }: { textbook: TextbookSummary }) {
  const { i18n } = useTranslation();
  const localize = useLocalized();
  const english = i18n.resolvedLanguage === 'en';
  return (
    <article className="card textbook-card">
      <h2 className="card__title">
        <Link to={textbookPath(textbook.id)} className="card__link">
          {localize(textbook.title, textbook.titleEn)}
        </Link>
      </h2>
      {/* The title in the other language: books are cited and exchanged under both. */}
      <p className="card__subtitle" lang={english ? 'ko' : 'en'}>
        {english ? textbook.title : textbook.titleEn}
      </p>
      <TextbookMeta {...textbook} />
      <PdfLink path={textbook.pdfPath} />
    </article>
  );
}
