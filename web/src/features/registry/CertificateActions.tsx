import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurricula } from '../curricula/hooks';
import { useLocalized } from '../../i18n/useLocalized';
import { Button } from '../../ui/Button';
import { ActionDone, ActionPanel, ReasonField } from './ActionPanel';
import { IssueCurriculumCertificateDocument, RevokeCertificateDocument } from './actions.generated';
import { WORKER_QUERIES } from './model';
import { reasonProblems } from './actionRules';
import type { WorkerCertificate } from './model';

const refetch = { refetchQueries: WORKER_QUERIES, awaitRefetchQueries: true };

/** Revokes one certificate: it goes on the signed revocation list that verifiers check. */
export function RevokeCertificate({ certificate }: { certificate: WorkerCertificate }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(RevokeCertificateDocument, refetch);
  const names = { title: certificate.title, code: certificate.shortCode };
  const confirm = async () => {
    const result = await revoke({ variables: { id: certificate.id, reason: reason.trim() } }).catch(() => null);
    if (result?.data) setOpen(false);
  };
  return (
    <>
      {' '}
      <Button variant="quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('registryActions.revokeCertificate')}
      </Button>
      {open && (
        <ActionPanel
          title={t('registryActions.revokeCertificateTitle', names)}
          consequence={t('registryActions.revokeCertificateConsequence', names)}
          confirmLabel={t('registryActions.revokeCertificateConfirm')}
          problems={reasonProblems(reason, true)}
          error={error}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <ReasonField value={reason} onChange={setReason} required />
        </ActionPanel>
      )}
    </>
  );
}

/**
 * A new completion certificate for a curriculum the worker has completed, e.g. after one was revoked by
 * mistake (a revoked certificate is never re-issued by itself). The API refuses one not completed.
 */
export function IssueCertificate({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const localize = useLocalized();
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [curriculumId, setCurriculumId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const curricula = useCurricula();
  const [issue, { loading, error, reset }] = useMutation(IssueCurriculumCertificateDocument, refetch);
  const chosen = curricula.data?.curricula.find((curriculum) => curriculum.id === curriculumId);
  const title = chosen ? localize(chosen.title, chosen.titleEn) : '…';
  const confirm = async () => {
    const result = await issue({ variables: { workerId, curriculumId } }).catch(() => null);
    if (!result?.data) return;
    setOpen(false);
    setDone(t('registryActions.issued', { curriculum: title, code: result.data.issueCurriculumCertificate.shortCode }));
  };
  return (
    <div className="worker-action">
      <Button
        variant="quiet"
        aria-expanded={open}
        onClick={() => {
          setDone(null);
          reset();
          setOpen(!open);
        }}
      >
        {t('registryActions.issue')}
      </Button>
      {open && (
        <ActionPanel
          title={t('registryActions.issueTitle')}
          consequence={t('registryActions.issueConsequence', { curriculum: title })}
          confirmLabel={t('registryActions.issueConfirm')}
          problems={curriculumId ? [] : ['registryActions.problem.curriculumRequired']}
          error={error ?? curricula.error}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={() => setOpen(false)}
        >
          <div className="field">
            <label htmlFor={selectId}>{t('registry.curriculum')}</label>
            <select id={selectId} value={curriculumId} onChange={(event) => setCurriculumId(event.target.value)} required>
              <option value="">{t('registryActions.chooseCurriculum')}</option>
              {curricula.data?.curricula.map((curriculum) => (
                <option key={curriculum.id} value={curriculum.id}>
                  {localize(curriculum.title, curriculum.titleEn)}
                </option>
              ))}
            </select>
          </div>
        </ActionPanel>
      )}
      <ActionDone message={done} />
    </div>
  );
}
