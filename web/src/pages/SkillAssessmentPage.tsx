import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentForm } from '../features/skills/AssessmentForm';
import type { AssessableWorker } from '../features/skills/model';
import { WorkerSearch } from '../features/skills/WorkerSearch';
import '../features/skills/skills.css';
import { PageTitle } from '../ui/PageTitle';

/** Supervisors: find a trainee of their region and record the skills checklist they watched her perform. */
export default function SkillAssessmentPage() {
  const { t } = useTranslation();
  const [worker, setWorker] = useState<AssessableWorker | null>(null);
  return (
    <>
      <PageTitle title={t('skills.assessTitle')} />
      <h1>{t('skills.assessTitle')}</h1>
      <p className="lead">{t('skills.assessLead')}</p>
      <WorkerSearch onPick={setWorker} />
      {worker && (
        <section aria-labelledby="assess-worker">
          <h2 id="assess-worker">{t('skills.assessing', { name: worker.name, number: worker.registrationNumber })}</h2>
          <AssessmentForm key={worker.id} worker={worker} />
        </section>
      )}
    </>
  );
}
