import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../app/QueryStatus';
import { errorCode } from '../../lib/graphqlError';
import { CreditsSummary } from './CreditsSummary';
import { EnrolmentCard } from './EnrolmentCard';
import type { MyEnrolment } from './model';
import { useMyLearning } from './hooks';

function EnrolmentSection({ title, enrolments }: { title: string; enrolments: MyEnrolment[] }) {
  const headingId = useId();
  if (enrolments.length === 0) return null;
  return (
    <section className="my-learning__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="card-list">
        {enrolments.map((enrolment) => (
          <li key={enrolment.id}>
            <EnrolmentCard enrolment={enrolment} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The trainee's credits, then their courses in progress (with the next lesson) and completed. */
export function MyLearning() {
  const { t } = useTranslation();
  const { data, error } = useMyLearning();
  // Reviewers and registrars read courses but do not learn on the platform: they simply see none of this.
  if (errorCode(error) === 'FORBIDDEN') return null;
  if (!data) return <QueryStatus error={error} />;

  const inProgress = data.myEnrolments.filter((enrolment) => !enrolment.completedAt);
  const completed = data.myEnrolments.filter((enrolment) => enrolment.completedAt);
  return (
    <div className="my-learning">
      <CreditsSummary completionsThisYear={data.myCompletions} />
      {data.myEnrolments.length === 0 && <p>{t('home.noEnrolments')}</p>}
      <EnrolmentSection title={t('home.inProgress')} enrolments={inProgress} />
      <EnrolmentSection title={t('home.completed')} enrolments={completed} />
    </div>
  );
}
