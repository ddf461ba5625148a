import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../i18n/format';
import { errorCode, errorExtensions } from '../../lib/graphqlError';
import { Button } from '../../ui/Button';
import { ActionDone, ActionPanel, ReasonField } from './ActionPanel';
import { ReinstateLicenceDocument, RenewLicenceDocument, RevokeLicenceDocument, SuspendLicenceDocument } from './actions.generated';
import { WORKER_QUERIES } from './model';
import { licenceActions, reasonProblems, type LicenceAction } from './actionRules';
import type { WorkerLicence } from './model';
import type { PanelControls } from './ToggleAction';

const refetch = { refetchQueries: WORKER_QUERIES, awaitRefetchQueries: true };

/** Renew, suspend, reinstate or revoke one licence; each opens a confirmation saying what will happen. */
export function LicenceActions({ licence }: { licence: WorkerLicence }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LicenceAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = licenceActions(licence.status);
  if (actions.length === 0) return null;
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  return (
    <div className="licence-actions">
      <div role="group" aria-label={t('registryActions.licenceActions', { number: licence.number })} className="action-buttons">
        {actions.map((action) => (
          <Button
            key={action}
            variant="quiet"
            aria-expanded={open === action}
            onClick={() => {
              setDone(null);
              setOpen(open === action ? null : action);
            }}
          >
            {t(`registryActions.${action}`)}
          </Button>
        ))}
      </div>
      {open === 'renew' && <RenewPanel licence={licence} onDone={finish} onCancel={() => setOpen(null)} />}
      {open && open !== 'renew' && (
        <StatusPanel key={open} action={open} licence={licence} onDone={finish} onCancel={() => setOpen(null)} />
      )}
      <ActionDone message={done} />
    </div>
  );
}

interface PanelProps extends PanelControls {
  licence: WorkerLicence;
}

/**
 * Renewal shows the cycle's credits; without them the reason field is marked required (an exception). The API
 * has the last word: confirming without a reason asks it, and its NOT_ELIGIBLE message (with the hours still
 * missing) is shown; from then on nothing is sent until a reason is written.
 */
export function RenewPanel({ licence, onDone, onCancel }: PanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  const [reason, setReason] = useState('');
  const [renew, { loading, error }] = useMutation(RenewLicenceDocument, refetch);
  const { eligibility } = licence;
  const shortByServer = errorCode(error) === 'NOT_ELIGIBLE';
  const reasonRequired = !eligibility.eligible || shortByServer;
  const remaining = shortByServer ? Number(errorExtensions(error)?.remaining ?? eligibility.remaining) : eligibility.remaining;
  const confirm = async () => {
    const result = await renew({ variables: { id: licence.id, reason: reason.trim() || null, expiresOn: licence.expiresOn } }).catch(
      () => null,
    );
    if (result?.data) onDone(t('registryActions.renewed', { date: formatDate(result.data.renewLicence.expiresOn, language) }));
  };
  const numbers = {
    earned: formatNumber(eligibility.earned, language),
    required: formatNumber(eligibility.required, language),
    remaining: formatNumber(remaining, language),
  };
  return (
    <ActionPanel
      title={t('registryActions.renewTitle', { number: licence.number })}
      consequence={t('registryActions.renewConsequence', { number: licence.number })}
      confirmLabel={t('registryActions.renewConfirm')}
      problems={reasonProblems(reason, shortByServer)}
      error={error}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p className={reasonRequired ? 'action-panel__warning' : undefined}>
        {reasonRequired ? t('registryActions.renewNotEligible', numbers) : t('registryActions.renewEligible', numbers)}
      </p>
      <ReasonField value={reason} onChange={setReason} required={reasonRequired} />
    </ActionPanel>
  );
}

const STATUS_MUTATIONS = { suspend: SuspendLicenceDocument, reinstate: ReinstateLicenceDocument, revoke: RevokeLicenceDocument } as const;

/** Suspend, reinstate or revoke: always with a reason, which the licence then shows. */
export function StatusPanel({ action, licence, onDone, onCancel }: PanelProps & { action: Exclude<LicenceAction, 'renew'> }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [change, { loading, error }] = useMutation(STATUS_MUTATIONS[action], refetch);
  const confirm = async () => {
    const result = await change({ variables: { id: licence.id, reason: reason.trim() } }).catch(() => null);
    if (result?.data) onDone(t(`registryActions.${action}Done`, { number: licence.number }));
  };
  return (
    <ActionPanel
      title={t(`registryActions.${action}Title`, { number: licence.number })}
      consequence={t(`registryActions.${action}Consequence`, { number: licence.number })}
      confirmLabel={t(`registryActions.${action}Confirm`)}
      problems={reasonProblems(reason, true)}
      error={error}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <ReasonField value={reason} onChange={setReason} required />
    </ActionPanel>
  );
}
