import { useTranslation } from 'react-i18next';
import { DiffView } from '../review/DiffView';
import type { ContentPackageReport } from './model';

interface PackagePreviewProps {
  report: ContentPackageReport;
  /** Conflicts whose package text is to be taken (the others keep the local text). */
  take: ReadonlySet<string>;
  onChoose?: (key: string, take: boolean) => void;
}

/** What a package adds and changes, counted per type and listed with word diffs; conflicts with a choice each. */
export function PackagePreview({ report, take, onChoose }: PackagePreviewProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="package-preview-title" className="package-preview">
      <h2 id="package-preview-title">{report.applied ? t('packages.appliedTitle') : t('packages.previewTitle')}</h2>
      <p>
        {t('packages.from', {
          url: report.sourceUrl,
          date: report.createdAt.slice(0, 10),
          curriculum: report.curriculumId ?? t('packages.allContent'),
        })}
      </p>
      <table className="data-table">
        <caption>{t('packages.countsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packages.type')}</th>
            <th scope="col">{t('packages.added')}</th>
            <th scope="col">{t('packages.changed')}</th>
            <th scope="col">{t('packages.unchanged')}</th>
            <th scope="col">{t('packages.conflicts')}</th>
          </tr>
        </thead>
        <tbody>
          {report.counts.map((c) => (
            <tr key={c.type}>
              <th scope="row">{t(`packages.types.${c.type}`, { defaultValue: c.type })}</th>
              <td>{c.added}</td>
              <td>{c.changed}</td>
              <td>{c.unchanged}</td>
              <td>{c.conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.changes.length === 0 && <p role="status">{t('packages.nothingToChange')}</p>}
      <ul className="package-changes">
        {report.changes.map((change) => (
          <li key={change.key} data-key={change.key} className={`package-change package-change--${change.status}`}>
            <p>
              <strong>{t(`packages.status.${change.status}`)}</strong> {t(`packages.types.${change.type}`, { defaultValue: change.type })} ·{' '}
              {change.title} <code>{change.id}</code>
            </p>
            {change.diff.some((part) => part.op !== 'equal') && <DiffView diff={change.diff} />}
            {change.status === 'conflict' && (
              <fieldset>
                <legend>{t('packages.conflictQuestion')}</legend>
                <label>
                  <input
                    type="radio"
                    name={change.key}
                    checked={!take.has(change.key)}
                    disabled={!onChoose}
                    onChange={() => onChoose?.(change.key, false)}
                  />{' '}
                  {t('packages.keepLocal')}
                </label>{' '}
                <label>
                  <input
                    type="radio"
                    name={change.key}
                    checked={take.has(change.key)}
                    disabled={!onChoose}
                    onChange={() => onChoose?.(change.key, true)}
                  />{' '}
                  {t('packages.takePackage')}
                </label>
              </fieldset>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
