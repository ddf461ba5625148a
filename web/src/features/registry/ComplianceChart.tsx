import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { byConcern, complianceBar } from './compliance';
import type { FacilityCompliance } from './model';

/**
 * One bar per facility, split into done, overdue and still-open plans. The bars are drawn with CSS and hidden
 * from screen readers; the numbers beside them say the same in text, so nothing depends on colour or sight.
 */
export function ComplianceChart({ rows }: { rows: FacilityCompliance[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (rows.length === 0) return <p>{t('registry.noPlans')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="registry-table compliance-chart">
        <caption className="visually-hidden">{t('registry.chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.facility')}</th>
            <th scope="col">{t('registry.plans')}</th>
            <th scope="col">{t('registry.done')}</th>
            <th scope="col">{t('registry.overdue')}</th>
            <th scope="col">{t('registry.donePercent')}</th>
          </tr>
        </thead>
        <tbody>
          {byConcern(rows).map((row) => {
            const bar = complianceBar(row);
            return (
              <tr key={row.facilityId}>
                <th scope="row">{row.facilityName}</th>
                <td>{formatNumber(row.plans, language)}</td>
                <td>{formatNumber(row.done, language)}</td>
                <td className={row.overdue > 0 ? 'compliance-chart__overdue' : undefined}>{formatNumber(row.overdue, language)}</td>
                <td className="compliance-chart__bar-cell">
                  <span className="compliance-bar" aria-hidden="true">
                    <span className="compliance-bar__done" style={{ width: `${bar.done}%` }} />
                    <span className="compliance-bar__overdue" style={{ width: `${bar.overdue}%` }} />
                  </span>
                  <span className="compliance-chart__percent">{bar.done}%</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function ComplianceLegend() {
  const { t } = useTranslation();
  return (
    <ul className="compliance-legend" aria-hidden="true">
      <li>
        <span className="compliance-legend__swatch compliance-bar__done" /> {t('registry.done')}
      </li>
      <li>
        <span className="compliance-legend__swatch compliance-bar__overdue" /> {t('registry.overdue')}
      </li>
      <li>
        <span className="compliance-legend__swatch compliance-legend__open" /> {t('registry.open')}
      </li>
    </ul>
  );
}
