import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { CsvExport, CsvImport } from '../features/glossary/CsvTools';
import { GlossaryEntriesDocument } from '../features/glossary/glossary.generated';
import { RELATIONS, STATUSES, type GlossaryFilter, type GlossaryRelation, type GlossaryStatus } from '../features/glossary/model';
import { GlossaryTable } from '../features/glossary/GlossaryTable';
import { ProposeForm } from '../features/glossary/ProposeForm';
import { canDecideGlossary, canImportGlossary, canWorkOnGlossary } from '../features/review/access';
import { formatNumber } from '../i18n/format';
import { Button } from '../ui/Button';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';
import '../features/review/review.css';

const PAGE = 50;

/** South and North Korean terms: search for everyone; faculty propose, reviewers decide, admins import. */
export default function GlossaryPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  useWideLayout();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<GlossaryFilter>({});
  const [offset, setOffset] = useState(0);
  const { data, error } = useQuery(GlossaryEntriesDocument, {
    variables: { filter, first: PAGE, offset },
    fetchPolicy: 'cache-and-network',
  });

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...filter, query: query.trim() || undefined });
    setOffset(0);
  };
  const choose = (next: GlossaryFilter) => {
    setFilter({ ...filter, ...next });
    setOffset(0);
  };
  const faculty = canWorkOnGlossary(user);
  const total = data?.glossaryEntries.total ?? 0;
  return (
    <>
      <PageTitle title={t('glossary.title')} />
      <h1>{t('glossary.title')}</h1>
      <form className="glossary-filters" role="search" onSubmit={search}>
        <div className="field">
          <label htmlFor="glossary-query">{t('glossary.query')}</label>
          <input id="glossary-query" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="glossary-relation">{t('glossary.relationLabel')}</label>
          <select
            id="glossary-relation"
            value={filter.relation ?? ''}
            onChange={(event) => choose({ relation: (event.target.value || undefined) as GlossaryRelation | undefined })}
          >
            <option value="">{t('glossary.all')}</option>
            {RELATIONS.map((relation) => (
              <option key={relation} value={relation}>
                {t(`glossary.relation.${relation}`)}
              </option>
            ))}
          </select>
        </div>
        {faculty && (
          <div className="field">
            <label htmlFor="glossary-status">{t('glossary.statusLabel')}</label>
            <select
              id="glossary-status"
              value={filter.statuses?.[0] ?? ''}
              onChange={(event) => choose({ statuses: event.target.value ? [event.target.value as GlossaryStatus] : undefined })}
            >
              <option value="">{t('glossary.all')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`glossary.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="glossary-filters__actions">
          <Button type="submit">{t('glossary.search')}</Button>
        </div>
      </form>
      {faculty && <CsvExport />}
      {data ? (
        <>
          <p role="status">{t('glossary.total', { total: formatNumber(total, i18n.language) })}</p>
          <GlossaryTable entries={data.glossaryEntries.items} mayDecide={canDecideGlossary(user)} />
          <p className="pager-buttons">
            <Button variant="quiet" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              {t('glossary.previous')}
            </Button>{' '}
            <Button variant="quiet" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
              {t('glossary.next')}
            </Button>
          </p>
        </>
      ) : (
        <QueryStatus error={error} />
      )}
      {faculty && (
        <section aria-labelledby="propose-heading">
          <h2 id="propose-heading">{t('glossary.propose.title')}</h2>
          <ProposeForm />
        </section>
      )}
      {canImportGlossary(user) && (
        <section aria-labelledby="import-heading">
          <h2 id="import-heading">{t('glossary.csv.importTitle')}</h2>
          <CsvImport />
        </section>
      )}
    </>
  );
}
