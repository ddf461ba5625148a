import { useTranslation } from 'react-i18next';
import type { ImportProblem, ImportRow } from './model';

/** Every row of the file, with what is wrong in it; valid rows say so too, so nothing is skipped silently. */
export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  const { t, i18n } = useTranslation();
  const message = (problem: ImportProblem) => (i18n.resolvedLanguage === 'en' ? problem.messageEn : problem.messageKo);
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table import-preview">
        <thead>
          <tr>
            <th scope="col">{t('registry.line')}</th>
            <th scope="col">{t('registry.registrationNumber')}</th>
            <th scope="col">{t('registry.name')}</th>
            <th scope="col">{t('registry.cadre')}</th>
            <th scope="col">{t('registry.facility')}</th>
            <th scope="col">{t('registry.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={row.problems.length ? 'import-preview__invalid' : undefined}>
              <th scope="row">{row.line}</th>
              <td>{row.registrationNumber}</td>
              <td>{row.name}</td>
              <td>{t(`cadre.${row.cadre}`, { defaultValue: row.cadre })}</td>
              <td>{row.facilityName ?? row.facilityCode}</td>
              <td>
                {row.problems.length === 0 ? (
                  t('registry.rowOk')
                ) : (
                  <ul className="import-preview__problems">
                    {row.problems.map((problem) => (
                      <li key={`${problem.field}-${problem.code}`}>
                        <code>{problem.field}</code>: {message(problem)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
