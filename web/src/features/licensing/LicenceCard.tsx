import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { ProgressBar } from '../../ui/ProgressBar';
import { LicenceStatusBadge } from '../registry/LicenceStatusBadge';
import { daysUntil, percentOf } from './licence';
import type { MyLicence } from './model';

/** Number, status, expiry with a countdown, and the credits of the current cycle overall and per topic. */
export function LicenceCard({ licence }: { licence: MyLicence }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  const topicsId = useId();
  const days = daysUntil(licence.expiresOn);
  const { eligibility } = licence;
  const number = (value: number) => formatNumber(value, language);
  return (
    <article className="card licence-card" aria-label={localize(licence.type.name, licence.type.nameEn)}>
      <h2 className="card__title">
        {localize(licence.type.name, licence.type.nameEn)} <LicenceStatusBadge status={licence.status} />
      </h2>
      <p>
        {t('licence.number')}: <strong>{licence.number}</strong>
      </p>
      <p>
        {t('licence.expiresOn', { date: formatDate(licence.expiresOn, language) })} ·{' '}
        <strong className="licence-card__countdown">
          {days >= 0 ? t('licence.daysLeft', { count: days }) : t('licence.expired', { count: -days })}
        </strong>
      </p>
      <p>{t('licence.cycle', { from: formatDate(eligibility.cycleStart, language), to: formatDate(eligibility.deadline, language) })}</p>
      <ProgressBar
        percent={percentOf(eligibility.earned, eligibility.required)}
        label={t('licence.credits', { earned: number(eligibility.earned), required: number(eligibility.required) })}
      />
      <p>
        {t('licence.credits', { earned: number(eligibility.earned), required: number(eligibility.required) })} —{' '}
        {eligibility.eligible ? t('licence.eligible') : t('licence.remaining', { remaining: number(eligibility.remaining) })}
      </p>
      {eligibility.topics.length > 0 && (
        <section aria-labelledby={topicsId}>
          <h3 id={topicsId}>{t('licence.creditsByTopic')}</h3>
          <ul className="licence-topics">
            {eligibility.topics.map((topic) => {
              const label = t('licence.topicCredits', {
                topic: t(`topic.${topic.topic}`, { defaultValue: topic.topic }),
                earned: number(topic.earned),
                required: number(topic.required),
              });
              return (
                <li key={topic.topic}>
                  <span>{label}</span>
                  <ProgressBar percent={percentOf(topic.earned, topic.required)} label={label} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}
