import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { LicenceStatusBadge } from './LicenceStatusBadge';
import { registryWorkerPath } from './paths';
import type { WorkerRow } from './model';

/** With `selection`, each row gets a checkbox (choosing workers to make accounts for). */
export function WorkerTable({
  workers,
  selection,
}: {
  workers: WorkerRow[];
  selection?: { selected: Set<string>; onToggle: (id: string) => void };
}) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (workers.length === 0) return <p>{t('registry.noWorkers')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table">
        <thead>
          <tr>
            {selection && <td />}
            <th scope="col">{t('registry.name')}</th>
            <th scope="col">{t('registry.registrationNumber')}</th>
            <th scope="col">{t('registry.cadre')}</th>
            <th scope="col">{t('registry.facility')}</th>
            <th scope="col">{t('registry.licence')}</th>
          </tr>
        </thead>
        <tbody>
          {workers.map((worker) => (
            <tr key={worker.id}>
              {selection && (
                <td>
                  <input
                    type="checkbox"
                    checked={selection.selected.has(worker.id)}
                    onChange={() => selection.onToggle(worker.id)}
                    aria-label={t('accounts.selectWorker', { name: worker.name })}
                  />
                </td>
              )}
              <th scope="row">
                <Link to={registryWorkerPath(worker.id)}>{worker.name}</Link>
              </th>
              <td>{worker.registrationNumber}</td>
              <td>{t(`cadre.${worker.cadre}`)}</td>
              <td>{localize(worker.facility.name, worker.facility.nameEn)}</td>
              <td>
                {worker.licences.length === 0
                  ? t('registry.noLicence')
                  : worker.licences.map((licence) => (
                      <span key={licence.id} className="registry-table__licence">
                        <LicenceStatusBadge status={licence.status} />{' '}
                        {t('registry.until', { date: formatDate(licence.expiresOn, language) })}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
