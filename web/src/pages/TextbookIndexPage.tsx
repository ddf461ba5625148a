import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { TextbookIndexDocument } from '../features/textbooks/apparatus.generated';
import type { AnnexEntry } from '../features/textbooks/model';
import { sectionPath, TEXTBOOKS_PATH, textbookPath } from '../features/textbooks/paths';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { PageTitle } from '../ui/PageTitle';

/** The book's index (terms linked to the sections that contain them) and its glossary annex. */
export default function TextbookIndexPage() {
  const { textbookId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const annexId = useId();
  const { data, error } = useQuery(TextbookIndexDocument, { variables: { id: textbookId } });
  if (!data) return <QueryStatus error={error} />;

  const { textbook } = data;
  const bookTitle = localize(textbook.title, textbook.titleEn);
  return (
    <article className="textbook-index">
      <PageTitle title={`${t('textbook.index')} · ${bookTitle}`} />
      <Breadcrumb
        items={[
          { label: t('textbooks.title'), to: TEXTBOOKS_PATH },
          { label: bookTitle, to: textbookPath(textbook.id) },
          { label: t('textbook.index') },
        ]}
      />
      <h1>{t('textbook.index')}</h1>
      {textbook.index.length === 0 ? (
        <p>{t('textbook.noIndex')}</p>
      ) : (
        <dl lang="ko">
          {textbook.index.map((entry) => (
            <div key={entry.term}>
              <dt>{entry.term}</dt>
              <dd>
                {entry.sections.map((section, i) => (
                  <span key={section.id}>
                    {i > 0 && ', '}
                    <Link to={sectionPath(textbook.id, section.id)}>{section.title}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {textbook.glossaryAnnex.length > 0 && (
        <section aria-labelledby={annexId}>
          <h2 id={annexId}>{t('textbook.annex.title')}</h2>
          <TermAnnex entries={textbook.glossaryAnnex} />
        </section>
      )}
    </article>
  );
}

function TermAnnex({ entries }: { entries: AnnexEntry[] }) {
  const { t } = useTranslation();
  return (
    <>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('textbook.annex.north')}</th>
            <th scope="col">{t('textbook.annex.south')}</th>
            <th scope="col">{t('textbook.annex.english')}</th>
            <th scope="col">{t('textbook.annex.inn')}</th>
          </tr>
        </thead>
        <tbody lang="ko">
          {entries.map((e) => (
            <tr key={`${e.north}\t${e.south}`}>
              <td>
                {e.north}
                {e.proposed && <abbr title={t('textbook.annex.proposed')}> *</abbr>}
              </td>
              <td>{e.south}</td>
              <td lang="en">{e.english}</td>
              <td lang="en">{e.inn}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.some((e) => e.proposed) && <p className="muted">* {t('textbook.annex.proposed')}</p>}
    </>
  );
}
