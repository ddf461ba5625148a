import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { ExpiringTable } from '../features/registry/ExpiringTable';
import { ExportLink } from '../features/registry/ExportLink';
import { EXPIRING_PERIODS, expiringExportUrl, expiringPeriod } from '../features/registry/filters';
import { useExpiringLicences } from '../features/registry/hooks';
import { ListPager } from '../features/registry/ListPager';
import { RegistryNav } from '../features/registry/RegistryNav';
import '../features/registry/registry.css';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/** Licences expiring within 30 or 90 days in the registrar's region, soonest first. */
export default function RegistryExpiringPage() {
  const { t } = useTranslation();
  useWideLayout();
  const [params, setParams] = useSearchParams();
  const days = expiringPeriod(params.get('days'));
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const { data, error } = useExpiringLicences(days, page);
  return (
    <>
      <PageTitle title={t('registry.expiring')} />
      <p className="eyebrow">{t('registry.title')}</p>
      <h1>{t('registry.expiring')}</h1>
      <RegistryNav />
      <nav className="period-tabs" aria-label={t('registry.period')}>
        {EXPIRING_PERIODS.map((period) => (
          <Link key={period} to={`?days=${period}`} aria-current={period === days ? 'page' : undefined}>
            {t('registry.within', { days: period })}
          </Link>
        ))}
      </nav>
      <ExportLink href={expiringExportUrl(days)} />
      {data ? (
        <>
          <ListPager
            page={page}
            total={data.expiringLicences.total}
            onPage={(next) => setParams({ days: String(days), page: String(next) })}
          />
          <ExpiringTable items={data.expiringLicences.items} days={days} />
        </>
      ) : (
        <QueryStatus error={error} />
      )}
    </>
  );
}
