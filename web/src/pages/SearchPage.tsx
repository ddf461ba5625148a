import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { useSearch } from '../features/search/hooks';
import { SearchForm } from '../features/search/SearchForm';
import { SearchHitList } from '../features/search/SearchHitList';
import { errorCode } from '../lib/graphqlError';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageTitle } from '../ui/PageTitle';

export default function SearchPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const query = (searchParams.get('q') ?? '').trim();
  return (
    <section className="search">
      <PageTitle title={query ? `${query} · ${t('search.title')}` : t('search.title')} />
      <h1>{t('search.title')}</h1>
      <SearchForm query={query} />
      {query ? <SearchResults query={query} /> : <p className="search-hint">{t('search.hint')}</p>}
    </section>
  );
}

function SearchResults({ query }: { query: string }) {
  const { data, error } = useSearch(query);
  // The API checks the query (e.g. too short) and says what to fix, in Korean and English.
  if (errorCode(error) === 'BAD_USER_INPUT') return <ErrorMessage error={error} preferServerMessage />;
  if (!data) return <QueryStatus error={error} />;
  return <SearchHitList result={data.search} />;
}
