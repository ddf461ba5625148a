import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../app/QueryStatus';
import { CertificateList } from '../features/licensing/CertificateList';
import { useMyLicensing } from '../features/licensing/hooks';
import { LicenceCard } from '../features/licensing/LicenceCard';
import { currentLicence } from '../features/licensing/licence';
import { RetrainingPlans } from '../features/licensing/RetrainingPlans';
import '../features/licensing/licensing.css';
import '../features/registry/registry.css';
import { PageTitle } from '../ui/PageTitle';

/** The trainee's licence: what the registrar sees of her, from the same record. */
export default function MyLicencePage() {
  const { t } = useTranslation();
  const ids = { plans: useId(), certificates: useId() };
  const { data, error } = useMyLicensing();
  const record = data?.myLicensing;
  const licence = record ? currentLicence(record.licences) : null;
  return (
    <>
      <PageTitle title={t('licence.title')} />
      <h1>{t('licence.title')}</h1>
      <p className="lead">{t('licence.lead')}</p>
      {!data ? (
        <QueryStatus error={error} />
      ) : !record ? (
        <p>{t('licence.none')}</p>
      ) : (
        <>
          {licence ? <LicenceCard licence={licence} /> : <p>{t('registry.noLicence')}</p>}
          <section aria-labelledby={ids.plans}>
            <h2 id={ids.plans}>{t('licence.plans')}</h2>
            <RetrainingPlans plans={record.retrainingPlans} />
          </section>
          <section aria-labelledby={ids.certificates}>
            <h2 id={ids.certificates}>{t('licence.certificates')}</h2>
            <CertificateList certificates={record.certificates} />
          </section>
        </>
      )}
    </>
  );
}
