import { useId, useState, type ChangeEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountSlips } from '../features/accounts/AccountSlips';
import { ImportWorkersDocument, PreviewWorkerImportDocument } from '../features/registry/import.generated';
import type { ImportPreview, ImportResult } from '../features/registry/model';
import { ImportPreviewTable } from '../features/registry/ImportPreviewTable';
import { registryWorkerPath } from '../features/registry/paths';
import { RegistryNav } from '../features/registry/RegistryNav';
import '../features/registry/registry.css';
import { Button } from '../ui/Button';
import { ErrorMessage } from '../ui/ErrorMessage';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

const COLUMNS = 'registration_number,name,cadre,facility_code[,licence_type,licence_number,licence_issued_on][,account]';

/**
 * Bulk registration: paste or choose a CSV file, check it (every row's problems are listed), and register
 * it only when every row is valid — the server checks again and writes all rows or none.
 */
export default function RegistryImportPage() {
  const { t } = useTranslation();
  const ids = { text: useId(), file: useId(), preview: useId() };
  useWideLayout();
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; preview: ImportPreview } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [preview, previewState] = useMutation(PreviewWorkerImportDocument);
  const [commit, commitState] = useMutation(ImportWorkersDocument);

  const edit = (text: string) => {
    setCsv(text);
    setResult(null);
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) edit(await file.text());
  };
  const check = async () => {
    setResult(null);
    commitState.reset();
    const { data } = await preview({ variables: { csv } }).catch(() => ({ data: undefined }));
    setChecked(data ? { csv, preview: data.previewWorkerImport } : null);
  };
  const register = async () => {
    const { data } = await commit({ variables: { csv } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setResult(data.importWorkers);
    setChecked(null);
    setCsv('');
  };

  const current = checked && checked.csv === csv ? checked.preview : null;
  const canCommit = Boolean(current?.valid) && !commitState.loading;
  return (
    <>
      <PageTitle title={t('registry.import')} />
      <p className="eyebrow">{t('registry.title')}</p>
      <h1>{t('registry.import')}</h1>
      <RegistryNav />
      <p className="lead">{t('registry.importIntro')}</p>
      <p>
        {t('registry.importColumns')} <code>{COLUMNS}</code> {t('registry.importColumnsAccount')}
      </p>
      <div className="import-form">
        <div className="field">
          <label htmlFor={ids.file}>{t('registry.importFile')}</label>
          <input id={ids.file} type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event)} />
        </div>
        <div className="field">
          <label htmlFor={ids.text}>{t('registry.importText')}</label>
          <textarea id={ids.text} value={csv} onChange={(event) => edit(event.target.value)} spellCheck={false} />
        </div>
        <Button onClick={() => void check()} disabled={!csv.trim() || previewState.loading}>
          {t('registry.check')}
        </Button>{' '}
        <Button onClick={() => void register()} disabled={!canCommit} aria-describedby={ids.preview}>
          {t('registry.commit')}
        </Button>
      </div>
      {previewState.error && !checked && <ErrorMessage error={previewState.error} preferServerMessage />}
      {commitState.error && <ErrorMessage error={commitState.error} preferServerMessage />}
      <div id={ids.preview} aria-live="polite">
        {checked && !current && <p>{t('registry.changedSinceCheck')}</p>}
        {current && (
          <p className={current.valid ? undefined : 'alert'}>
            {current.valid
              ? t('registry.previewValid', { n: current.rowCount })
              : t('registry.previewInvalid', { n: current.rowCount, problems: current.problemCount })}
          </p>
        )}
        {!current && !result && <p className="export-link__hint">{t('registry.commitHint')}</p>}
        {result && (
          <div className="import-result" role="status">
            <p>{t('registry.imported', { n: result.imported, licences: result.licencesIssued })}</p>
            <ul>
              {result.workers.map((worker) => (
                <li key={worker.id}>
                  <Link to={registryWorkerPath(worker.id)}>{worker.name}</Link> ({worker.registrationNumber})
                </li>
              ))}
            </ul>
            {result.accounts.length > 0 && <AccountSlips result={result} />}
          </div>
        )}
      </div>
      {current && <ImportPreviewTable rows={current.rows} />}
    </>
  );
}
