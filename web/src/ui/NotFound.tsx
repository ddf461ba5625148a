import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <PageTitle title={t('errors.NOT_FOUND')} />
      <h1>{t('errors.NOT_FOUND')}</h1>
      <p>{t('common.notFoundHint')}</p>
      <p>
        <Link to="/">{t('common.home')}</Link>
      </p>
    </section>
  );
}
