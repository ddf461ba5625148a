import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { useRegistryWorker } from '../features/registry/hooks';
import { REGISTRY_PATH } from '../features/registry/paths';
import { RegistryNav } from '../features/registry/RegistryNav';
import { LedgerWithActions } from '../features/registry/LedgerActions';
import { RetrainingForm } from '../features/registry/RetrainingForm';
import { WorkerLicences } from '../features/registry/WorkerLicences';
import { WorkerCertificates, WorkerPlans, WorkerPostings } from '../features/registry/WorkerRecords';
import '../features/registry/registry.css';
import { useLocalized } from '../i18n/useLocalized';
import { Breadcrumb } from '../ui/Breadcrumb';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/**
 * One worker, one record wherever they are posted: licences, credits, retraining, certificates, postings; and
 * the registrar's actions on them, each confirmed first and followed by the page's new state.
 */
export default function RegistryWorkerPage() {
  const { workerId = '' } = useParams();
  const { t } = useTranslation();
  const localize = useLocalized();
  const ids = { licences: useId(), ledger: useId(), plans: useId(), certificates: useId(), postings: useId() };
  useWideLayout();
  const { data, error } = useRegistryWorker(workerId);
  if (!data) return <QueryStatus error={error} />;
  const { worker } = data;
  return (
    <article className="registry-worker">
      <PageTitle title={worker.name} />
      <Breadcrumb items={[{ label: t('registry.workers'), to: REGISTRY_PATH }, { label: worker.name }]} />
      <RegistryNav />
      <h1>{worker.name}</h1>
      <p className="lead">
        {t(`cadre.${worker.cadre}`)} · {localize(worker.facility.name, worker.facility.nameEn)} · {t('registry.registrationNumber')}{' '}
        {worker.registrationNumber}
      </p>
      <section aria-labelledby={ids.licences}>
        <h2 id={ids.licences}>{t('registry.licences')}</h2>
        <WorkerLicences licences={worker.licences} />
      </section>
      <section aria-labelledby={ids.ledger}>
        <h2 id={ids.ledger}>{t('registry.ledger')}</h2>
        <LedgerWithActions workerId={worker.id} ledger={worker.ledger} />
      </section>
      <section aria-labelledby={ids.plans}>
        <h2 id={ids.plans}>{t('registry.retrainingPlans')}</h2>
        <RetrainingForm workerId={worker.id} workerName={worker.name} />
        <WorkerPlans plans={worker.retrainingPlans} />
      </section>
      <section aria-labelledby={ids.certificates}>
        <h2 id={ids.certificates}>{t('registry.certificates')}</h2>
        <WorkerCertificates workerId={worker.id} />
      </section>
      <section aria-labelledby={ids.postings}>
        <h2 id={ids.postings}>{t('registry.postings')}</h2>
        <WorkerPostings postings={worker.postings} />
      </section>
    </article>
  );
}
