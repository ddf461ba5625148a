import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '../../lib/graphqlError';
import { useMyLicensing } from './hooks';
import { currentLicence, daysUntil } from './licence';
import { MY_LICENCE_PATH } from './paths';

/** On the home page: the licence in one line, the most urgent retraining, and the way to the licence page. */
export function LicenceSummary() {
  const { t } = useTranslation();
  const { data, error } = useMyLicensing();
  // Roles without a worker record of their own see nothing here (FORBIDDEN), as do users without one (null).
  if (errorCode(error) === 'FORBIDDEN' || !data?.myLicensing) return null;
  const licence = currentLicence(data.myLicensing.licences);
  const urgent = data.myLicensing.retrainingPlans.find((plan) => !plan.progress.done);
  return (
    <section className="card licence-summary" aria-label={t('licence.title')}>
      {licence && (
        <p>
          {t('licence.summary', {
            number: licence.number,
            status: t(`licenceStatus.${licence.status}`),
            count: Math.max(0, daysUntil(licence.expiresOn)),
          })}
        </p>
      )}
      {urgent && (
        <p>
          {urgent.curriculum.title} · {t(`licence.${urgent.progress.overdue ? 'overdue' : 'inProgress'}`)}
        </p>
      )}
      <p>
        <Link to={MY_LICENCE_PATH}>{t('licence.open')}</Link>
      </p>
    </section>
  );
}
