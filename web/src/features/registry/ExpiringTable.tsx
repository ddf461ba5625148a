import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { registryWorkerPath } from './paths';
import type { ExpiringLicence } from './model';

export function ExpiringTable({ items, days }: { items: ExpiringLicence[]; days: number }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (items.length === 0) return <p>{t('registry.noExpiring', { days })}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table">
        <thead>
          <tr>
            <th scope="col">{t('registry.expiresOn')}</th>
            <th scope="col">{t('registry.daysLeft')}</th>
            <th scope="col">{t('registry.name')}</th>
            <th scope="col">{t('registry.cadre')}</th>
            <th scope="col">{t('registry.facility')}</th>
            <th scope="col">{t('registry.licenceType')}</th>
            <th scope="col">{t('registry.licenceNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ licence, worker, daysLeft }) => (
            <tr key={licence.id}>
              <td>{formatDate(licence.expiresOn, language)}</td>
              <td>{daysLeft >= 0 ? t('registry.daysLeftValue', { n: daysLeft }) : t('registry.daysAgo', { n: -daysLeft })}</td>
              <th scope="row">
                <Link to={registryWorkerPath(worker.id)}>{worker.name}</Link>
              </th>
              <td>{t(`cadre.${worker.cadre}`)}</td>
              <td>{localize(worker.facility.name, worker.facility.nameEn)}</td>
              <td>{localize(licence.type.name, licence.type.nameEn)}</td>
              <td>{licence.number}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
