import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { LicenceActions } from './LicenceActions';
import { LicenceStatusBadge } from './LicenceStatusBadge';
import type { WorkerLicence } from './model';

/** Each licence with its status, the credits of its current cycle (overall and per topic) and its actions. */
export function WorkerLicences({ licences }: { licences: WorkerLicence[] }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (licences.length === 0) return <p>{t('registry.noLicence')}</p>;
  return (
    <ul className="licence-list">
      {licences.map((licence) => {
        const { eligibility } = licence;
        return (
          <li key={licence.id} className="licence-card">
            <h3>
              {localize(licence.type.name, licence.type.nameEn)} <span className="licence-card__number">{licence.number}</span>{' '}
              <LicenceStatusBadge status={licence.status} />
            </h3>
            <p>
              {t('registry.validity', { from: formatDate(licence.issuedOn, language), to: formatDate(licence.expiresOn, language) })}
              {licence.statusReason && ` · ${t('registry.statusReason')}: ${licence.statusReason}`}
            </p>
            <p>
              {t('registry.creditsEarned', {
                earned: formatNumber(eligibility.earned, language),
                required: formatNumber(eligibility.required, language),
                remaining: formatNumber(eligibility.remaining, language),
              })}{' '}
              <strong>{eligibility.eligible ? t('registry.eligible') : t('registry.notEligible')}</strong>
            </p>
            {eligibility.topics.length > 0 && (
              <table className="registry-table registry-table--compact">
                <caption>{t('registry.byTopic')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meta.topic')}</th>
                    <th scope="col">{t('registry.required')}</th>
                    <th scope="col">{t('registry.earned')}</th>
                    <th scope="col">{t('registry.remaining')}</th>
                  </tr>
                </thead>
                <tbody>
                  {eligibility.topics.map((topic) => (
                    <tr key={topic.topic}>
                      <th scope="row">{t(`topic.${topic.topic}`, { defaultValue: topic.topic })}</th>
                      <td>{formatNumber(topic.required, language)}</td>
                      <td>{formatNumber(topic.earned, language)}</td>
                      <td>{formatNumber(topic.remaining, language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <LicenceActions licence={licence} />
          </li>
        );
      })}
    </ul>
  );
}
