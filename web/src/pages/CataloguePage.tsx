import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import type { CatalogueFilter } from '../features/learning/model';
import { CatalogueEntryCard } from '../features/learning/CatalogueEntryCard';
import { CatalogueFilters, filterFromParams, filterToParams } from '../features/learning/CatalogueFilters';
import { useCatalogue } from '../features/learning/hooks';
import { PageTitle } from '../ui/PageTitle';

export default function CataloguePage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromParams(searchParams);
  const choose = (next: CatalogueFilter) => setSearchParams(filterToParams(next), { replace: true });
  return (
    <section className="catalogue">
      <PageTitle title={t('catalogue.title')} />
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <CatalogueFilters filter={filter} onChange={choose} />
      <CatalogueEntries filter={filter} />
    </section>
  );
}

function CatalogueEntries({ filter }: { filter: CatalogueFilter }) {
  const { t } = useTranslation();
  const { data, error } = useCatalogue(filter);
  if (!data) return <QueryStatus error={error} />;
  if (data.catalogue.length === 0) return <p>{t('catalogue.empty')}</p>;
  return (
    <ul className="card-list">
      {data.catalogue.map((entry) => (
        <li key={entry.course.id}>
          <CatalogueEntryCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}
