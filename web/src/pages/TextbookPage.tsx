import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { ContinueReading } from '../features/textbooks/ContinueReading';
import { useTextbook } from '../features/textbooks/hooks';
import { TEXTBOOKS_PATH, textbookIndexPath } from '../features/textbooks/paths';
import { PdfLink } from '../features/textbooks/PdfLink';
import { TableOfContents } from '../features/textbooks/TableOfContents';
import { TextbookMeta } from '../features/textbooks/TextbookMeta';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { MarkdownTreeView } from '../ui/MarkdownTreeView';
import { PageTitle } from '../ui/PageTitle';

/** The textbook's cover: what it is, its preface and its table of contents. */
export default function TextbookPage() {
  const { textbookId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const prefaceId = useId();
  const contentsId = useId();
  const { data, error } = useTextbook(textbookId);
  if (!data) return <QueryStatus error={error} />;

  const { textbook } = data;
  const title = localize(textbook.title, textbook.titleEn);
  const summary = localize(textbook.summary, textbook.summaryEn);
  return (
    <article className="textbook-cover">
      <PageTitle title={title} />
      <Breadcrumb items={[{ label: t('textbooks.title'), to: TEXTBOOKS_PATH }, { label: title }]} />
      <h1>{title}</h1>
      {summary && <p className="lead">{summary}</p>}
      <TextbookMeta {...textbook} />
      <p className="textbook-actions">
        <ContinueReading textbookId={textbook.id} chapters={textbook.chapters} />
        <PdfLink path={textbook.pdfPath} />
        <Link className="button button--quiet" to={textbookIndexPath(textbook.id)}>
          {t('textbook.index')}
        </Link>
      </p>
      <section aria-labelledby={prefaceId}>
        <h2 id={prefaceId}>{t('textbook.preface')}</h2>
        {/* Textbook text is written in Korean only, whatever the interface language. */}
        <MarkdownTreeView tree={textbook.prefaceTree} lang="ko" />
      </section>
      <section aria-labelledby={contentsId}>
        <h2 id={contentsId}>{t('textbook.contents')}</h2>
        <TableOfContents textbookId={textbook.id} chapters={textbook.chapters} />
      </section>
    </article>
  );
}
