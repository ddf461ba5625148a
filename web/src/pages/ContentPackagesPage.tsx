import { useId, useState, type ChangeEvent } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/AuthContext';
import { hasPermission } from '../features/auth/permissions';
import { CurriculaDocument } from '../features/curricula/curricula.generated';
import { PackagePreview } from '../features/packages/PackagePreview';
import { type ContentPackageReport, packageDownloadUrl, uploadPackage } from '../features/packages/model';
import { ApplyContentPackageDocument, ContentPackagePreviewDocument } from '../features/packages/packages.generated';
import { useLocalized } from '../i18n/useLocalized';
import { Button } from '../ui/Button';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageTitle } from '../ui/PageTitle';

/**
 * Content packages: editors download a curriculum (or all published content) as a signed file for another
 * server; admins upload one, see what it would change — conflicts with local edits each with a choice — and apply it.
 */
export default function ContentPackagesPage() {
  const { t, i18n } = useTranslation();
  const localize = useLocalized();
  const user = useCurrentUser();
  const ids = { curriculum: useId(), file: useId() };
  const curricula = useQuery(CurriculaDocument);
  const [curriculumId, setCurriculumId] = useState('');
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [take, setTake] = useState<Set<string>>(new Set());
  const [applied, setApplied] = useState<ContentPackageReport | null>(null);
  const [loadPreview, preview] = useLazyQuery(ContentPackagePreviewDocument, { fetchPolicy: 'no-cache' });
  const [apply, applying] = useMutation(ApplyContentPackageDocument);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setUploadId(null);
    setApplied(null);
    setRefusal(null);
    setTake(new Set());
    if (!file) return;
    setUploading(true);
    try {
      const answer = await uploadPackage(file);
      if (!answer.uploadId)
        return setRefusal((i18n.resolvedLanguage === 'en' ? answer.messageEn : answer.messageKo) ?? t('packages.uploadFailed'));
      setUploadId(answer.uploadId);
      await loadPreview({ variables: { uploadId: answer.uploadId } });
    } catch {
      setRefusal(t('packages.uploadFailed'));
    } finally {
      setUploading(false);
    }
  };
  const confirm = async () => {
    if (!uploadId) return;
    const { data } = await apply({ variables: { uploadId, take: [...take] } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setApplied(data.applyContentPackage);
    setUploadId(null);
  };
  const setChoice = (key: string, chosen: boolean) =>
    setTake((before) => {
      const next = new Set(before);
      if (chosen) next.add(key);
      else next.delete(key);
      return next;
    });

  const report = applied ?? (uploadId ? preview.data?.contentPackagePreview : undefined);
  return (
    <>
      <PageTitle title={t('packages.title')} />
      <h1>{t('packages.title')}</h1>
      <p className="lead">{t('packages.intro')}</p>
      {hasPermission(user, 'content:packages:export') && (
        <section aria-labelledby="package-export-title">
          <h2 id="package-export-title">{t('packages.exportTitle')}</h2>
          <div className="field">
            <label htmlFor={ids.curriculum}>{t('packages.curriculum')}</label>
            <select id={ids.curriculum} value={curriculumId} onChange={(event) => setCurriculumId(event.target.value)}>
              <option value="">{t('packages.allContent')}</option>
              {curricula.data?.curricula.map((c) => (
                <option key={c.id} value={c.id}>
                  {localize(c.title, c.titleEn)}
                </option>
              ))}
            </select>
          </div>
          <p>
            <a className="button" href={packageDownloadUrl(curriculumId)} download>
              {t('packages.download')}
            </a>
          </p>
        </section>
      )}
      {hasPermission(user, 'content:packages:import') && (
        <section aria-labelledby="package-import-title">
          <h2 id="package-import-title">{t('packages.importTitle')}</h2>
          <div className="field">
            <label htmlFor={ids.file}>{t('packages.file')}</label>
            <input
              id={ids.file}
              type="file"
              accept=".dari,application/vnd.dari.package"
              onChange={(event) => void choose(event)}
              disabled={uploading || applying.loading}
            />
          </div>
          {uploading && <p role="status">{t('packages.checking')}</p>}
          {refusal && (
            <p className="alert" role="alert">
              {refusal}
            </p>
          )}
          {preview.error && uploadId && <ErrorMessage error={preview.error} preferServerMessage />}
          {applying.error && <ErrorMessage error={applying.error} preferServerMessage />}
          {report && <PackagePreview report={report} take={take} onChoose={report.applied ? undefined : setChoice} />}
          {report && !report.applied && (
            <Button onClick={() => void confirm()} disabled={applying.loading}>
              {t('packages.apply')}
            </Button>
          )}
          {applied && <p role="status">{t('packages.applied')}</p>}
        </section>
      )}
    </>
  );
}
