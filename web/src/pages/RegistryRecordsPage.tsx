import { useId, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../app/QueryStatus';
import { registryWorkerPath } from '../features/registry/paths';
import {
  type RecordsConflictFieldsFragment as RecordsConflict,
  RecordsConflictsDocument,
  SettleRecordsConflictDocument,
} from '../features/registry/records.generated';
import type { RecordsConflictChoice } from '../graphql/schema.generated';
import {
  OUTCOMES,
  type RecordsImportReport,
  RecordsImportError,
  recordsExportHref,
  sendRecordsPackage,
} from '../features/registry/recordsPackage';
import { RegistryNav } from '../features/registry/RegistryNav';
import '../features/registry/registry.css';
import { Button } from '../ui/Button';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/**
 * Records packages: download this server's records for another server, check and apply a package brought from
 * one (the preview writes nothing), and settle the records that changed on both sides.
 */
export default function RegistryRecordsPage() {
  const { t } = useTranslation();
  useWideLayout();
  return (
    <>
      <PageTitle title={t('records.title')} />
      <p className="eyebrow">{t('registry.title')}</p>
      <h1>{t('records.title')}</h1>
      <RegistryNav />
      <p className="lead">{t('records.intro')}</p>
      <ExportSection />
      <ImportSection />
      <ConflictsSection />
    </>
  );
}

function ExportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [since, setSince] = useState('');
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('records.export')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('records.since')}</label>
        <input id={id} value={since} onChange={(event) => setSince(event.target.value)} placeholder="2026-11-30T09:00:00Z" />
      </div>
      <p className="export-link__hint">{t('records.sinceHint')}</p>
      <p>
        <a className="button" href={recordsExportHref(since)} download>
          {t('records.download')}
        </a>
      </p>
    </section>
  );
}

function ImportSection() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<RecordsImportReport | null>(null);
  const [error, setError] = useState<RecordsImportError | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (apply: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await sendRecordsPackage(file, apply));
    } catch (caught) {
      setReport(null);
      setError(
        caught instanceof RecordsImportError
          ? caught
          : new RecordsImportError('NETWORK', t('records.networkError'), t('records.networkError')),
      );
    } finally {
      setBusy(false);
    }
  };
  const previewed = report && !report.applied && !report.alreadyApplied;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('records.import')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('records.file')}</label>
        <input
          id={id}
          type="file"
          accept=".dari,application/gzip"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setReport(null);
            setError(null);
          }}
        />
      </div>
      <Button onClick={() => void send(false)} disabled={!file || busy}>
        {t('records.check')}
      </Button>{' '}
      <Button onClick={() => void send(true)} disabled={!previewed || busy}>
        {t('records.apply')}
      </Button>
      {error && (
        <p className="alert" role="alert">
          {i18n.resolvedLanguage === 'en' ? error.messageEn : error.messageKo}
        </p>
      )}
      <div aria-live="polite">
        {report && (
          <>
            <p role="status">
              {report.alreadyApplied ? t('records.alreadyApplied') : report.applied ? t('records.applied') : t('records.previewed')}{' '}
              {t('records.from', { url: report.source.publicUrl, until: report.until })}
            </p>
            {!report.alreadyApplied && <OutcomeTable report={report} />}
          </>
        )}
      </div>
    </section>
  );
}

function OutcomeTable({ report }: { report: RecordsImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('records.type')}</th>
            {OUTCOMES.map((outcome) => (
              <th key={outcome} scope="col">
                {t(`records.outcome.${outcome}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(report.outcomes).map(([type, counts]) => (
            <tr key={type}>
              <th scope="row">{t(`records.types.${type}`, { defaultValue: type })}</th>
              {OUTCOMES.map((outcome) => (
                <td key={outcome}>{counts[outcome]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConflictsSection() {
  const { t } = useTranslation();
  const id = useId();
  const query = useQuery(RecordsConflictsDocument, { fetchPolicy: 'cache-and-network' });
  const [settle, settleState] = useMutation(SettleRecordsConflictDocument);
  const choose = async (conflict: RecordsConflict, keep: RecordsConflictChoice) => {
    await settle({ variables: { id: conflict.id, keep } }).catch(() => undefined);
    await query.refetch();
  };
  const conflicts = query.data?.recordsConflicts ?? [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('records.conflicts')}</h2>
      {!query.data && <QueryStatus error={query.error} />}
      {settleState.error && <ErrorMessage error={settleState.error} preferServerMessage />}
      {query.data && conflicts.length === 0 && <p>{t('records.noConflicts')}</p>}
      {conflicts.map((conflict) => (
        <article
          key={conflict.id}
          className="records-conflict"
          aria-label={t('records.conflictOf', { name: conflict.workerName ?? conflict.workerId })}
        >
          <h3>
            <Link to={registryWorkerPath(conflict.workerId)}>{conflict.workerName ?? conflict.workerId}</Link>{' '}
            {conflict.registrationNumber && `(${conflict.registrationNumber})`} ·{' '}
            {t(`records.types.${conflict.recordType}`, { defaultValue: conflict.recordType })}
          </h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('records.field')}</th>
                <th scope="col">{t('records.local')}</th>
                <th scope="col">{t('records.incoming')}</th>
              </tr>
            </thead>
            <tbody>
              {conflict.differences.map((difference) => (
                <tr key={difference.field}>
                  <th scope="row">{t(`records.fields.${difference.field}`, { defaultValue: difference.field })}</th>
                  <td>{difference.local ?? '—'}</td>
                  <td>{difference.incoming ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button onClick={() => void choose(conflict, 'local')} disabled={settleState.loading}>
            {t('records.keepLocal')}
          </Button>{' '}
          <Button onClick={() => void choose(conflict, 'incoming')} disabled={settleState.loading}>
            {t('records.takeIncoming')}
          </Button>
        </article>
      ))}
    </section>
  );
}
