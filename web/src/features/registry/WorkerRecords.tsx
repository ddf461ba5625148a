import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurricula } from '../curricula/hooks';
import { formatDate, formatMoment, formatNumber } from '../../i18n/format';
import { useLocalized } from '../../i18n/useLocalized';
import { errorCode } from '../../lib/graphqlError';
import { IssueCertificate, RevokeCertificate } from './CertificateActions';
import { useWorkerCertificates } from './hooks';
import type { WorkerCertificate, WorkerDetail } from './model';

type LedgerEntry = WorkerDetail['ledger'][number];

/** The credit ledger, newest first: every line as entered, reversals included; `action` adds a column. */
export function WorkerLedger({ ledger, action }: { ledger: LedgerEntry[]; action?: (entry: LedgerEntry) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (ledger.length === 0) return <p>{t('registry.noLedger')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table">
        <thead>
          <tr>
            <th scope="col">{t('registry.earnedOn')}</th>
            <th scope="col">{t('meta.topic')}</th>
            <th scope="col">{t('registry.hours')}</th>
            <th scope="col">{t('registry.source')}</th>
            <th scope="col">{t('registry.note')}</th>
            {action && <th scope="col">{t('registryActions.correction')}</th>}
          </tr>
        </thead>
        <tbody>
          {ledger.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDate(entry.earnedOn, language)}</td>
              <td>{t(`topic.${entry.topic}`, { defaultValue: entry.topic })}</td>
              <td>{formatNumber(entry.hours, language)}</td>
              <td>{t(`registry.creditSource.${entry.source}`)}</td>
              <td>{entry.note ?? ''}</td>
              {action && <td>{action(entry)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WorkerPlans({ plans }: { plans: WorkerDetail['retrainingPlans'] }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  const curricula = useCurricula().data?.curricula ?? [];
  const titleOf = (id: string) => {
    const curriculum = curricula.find((candidate) => candidate.id === id);
    return curriculum ? localize(curriculum.title, curriculum.titleEn) : id;
  };
  if (plans.length === 0) return <p>{t('registry.noWorkerPlans')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table">
        <thead>
          <tr>
            <th scope="col">{t('registry.curriculum')}</th>
            <th scope="col">{t('registry.dueOn')}</th>
            <th scope="col">{t('registry.progress')}</th>
            <th scope="col">{t('registry.planState')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">{titleOf(plan.curriculumId)}</th>
              <td>{formatDate(plan.dueOn, language)}</td>
              <td>{t('registry.coursesDone', { done: plan.progress.coursesCompleted, total: plan.progress.coursesTotal })}</td>
              <td>
                {plan.progress.done ? (
                  t('registry.done')
                ) : plan.progress.overdue ? (
                  <strong className="overdue-flag">{t('registry.overdue')}</strong>
                ) : (
                  t('registry.open')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Postings across facilities: one worker, one record, wherever they have worked. */
export function WorkerPostings({ postings }: { postings: WorkerDetail['postings'] }) {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const language = i18n.resolvedLanguage ?? 'ko';
  return (
    <ol className="posting-list">
      {postings.map((posting) => (
        <li key={posting.id}>
          <strong>{posting.facility ? localize(posting.facility.name, posting.facility.nameEn) : '—'}</strong>{' '}
          {posting.facility && <span className="posting-list__code">({posting.facility.code})</span>}{' '}
          {t('registry.postedPeriod', {
            from: formatDate(posting.startedOn, language),
            to: posting.endedOn ? formatDate(posting.endedOn, language) : t('registry.current'),
          })}
        </li>
      ))}
    </ol>
  );
}

/** Certificates are read in their own query: if it fails, the rest of the worker's page still shows. */
export function WorkerCertificates({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const { data, error } = useWorkerCertificates(workerId);
  if (!data) return error ? <p>{t(errorCode(error) === 'FORBIDDEN' ? 'errors.FORBIDDEN' : 'errors.generic')}</p> : null;
  const { certificates } = data.worker;
  return (
    <>
      <IssueCertificate workerId={workerId} />
      {certificates.length === 0 ? (
        <p>{t('registry.noCertificates')}</p>
      ) : (
        <CertificateList certificates={certificates} language={language} />
      )}
    </>
  );
}

function CertificateList({ certificates, language }: { certificates: WorkerCertificate[]; language: string }) {
  const { t } = useTranslation();
  return (
    <ul className="certificate-list">
      {certificates.map((certificate) => (
        <li key={certificate.id}>
          <strong>{certificate.title}</strong> · {formatMoment(certificate.issuedAt, language)} · {t('registry.shortCode')}{' '}
          {certificate.shortCode}
          {certificate.revokedAt ? (
            <>
              {' '}
              · <strong className="overdue-flag">{t('registry.certificateRevoked')}</strong>
            </>
          ) : (
            <>
              {' '}
              <a href={certificate.pdfPath} type="application/pdf" download>
                {t('textbook.downloadPdf')}
              </a>
              <RevokeCertificate certificate={certificate} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
