import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GlossaryCsvDocument, GlossaryEntriesDocument, ImportGlossaryCsvDocument } from './glossary.generated';
import type { ImportReport } from './model';

/** Saves text as a file the browser downloads. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The whole glossary as CSV (it imports back unchanged). */
export function CsvExport() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const exportCsv = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { data } = await client.query({ query: GlossaryCsvDocument, fetchPolicy: 'network-only' });
      if (data) download('glossary.csv', data.glossaryCsv);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="quiet" disabled={busy} onClick={() => void exportCsv()}>
        {t('glossary.csv.export')}
      </Button>
      {error !== undefined && <ErrorMessage error={error} />}
    </>
  );
}

/** Admins import a CSV: checked first (dry run, every bad row listed), then written whole or not at all. */
export function CsvImport() {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [run, { loading, error }] = useMutation(ImportGlossaryCsvDocument, { refetchQueries: [GlossaryEntriesDocument] });
  const send = async (dryRun: boolean) => {
    const result = await run({ variables: { csv, dryRun } }).catch(() => null);
    setReport(result?.data?.importGlossaryCsv ?? null);
  };
  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
    setReport(null);
  };
  return (
    <div className="import-form">
      <div className="field">
        <label htmlFor="glossary-csv-file">{t('glossary.csv.file')}</label>
        <input id="glossary-csv-file" type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event.target.files?.[0])} />
      </div>
      <div className="field">
        <label htmlFor="glossary-csv-text">{t('glossary.csv.text')}</label>
        <textarea id="glossary-csv-text" rows={6} value={csv} onChange={(event) => setCsv(event.target.value)} />
      </div>
      {error && <ErrorMessage error={error} preferServerMessage />}
      <Button variant="quiet" disabled={loading || !csv.trim()} onClick={() => void send(true)}>
        {t('glossary.csv.check')}
      </Button>{' '}
      <Button disabled={loading || !csv.trim() || !report || report.committed || report.errors.length > 0} onClick={() => void send(false)}>
        {t('glossary.csv.import')}
      </Button>
      {report && (
        <div role="status">
          <p>
            {t(report.committed ? 'glossary.csv.imported' : 'glossary.csv.checked', {
              rows: report.rows,
              added: report.added,
              changed: report.changed,
              unchanged: report.unchanged,
            })}
          </p>
          {report.errors.length > 0 && (
            <ul className="import-errors">
              {report.errors.map((row) => (
                <li key={row.line}>{t('glossary.csv.rowError', { line: row.line, problems: row.problems.join('; ') })}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
