import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../app/QueryStatus';
import { complianceBar, complianceTotals } from '../features/registry/compliance';
import { ComplianceChart, ComplianceLegend } from '../features/registry/ComplianceChart';
import { ExportLink } from '../features/registry/ExportLink';
import { COMPLIANCE_EXPORT_URL } from '../features/registry/filters';
import { useRetrainingCompliance } from '../features/registry/hooks';
import { RegistryNav } from '../features/registry/RegistryNav';
import '../features/registry/registry.css';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

/** Retraining plans per facility of the region: done, overdue, open; the most overdue facilities first. */
export default function RegistryCompliancePage() {
  const { t } = useTranslation();
  useWideLayout();
  const { data, error } = useRetrainingCompliance();
  const totals = data ? complianceTotals(data.retrainingCompliance) : undefined;
  return (
    <>
      <PageTitle title={t('registry.compliance')} />
      <p className="eyebrow">{t('registry.title')}</p>
      <h1>{t('registry.compliance')}</h1>
      <RegistryNav />
      <ExportLink href={COMPLIANCE_EXPORT_URL} paged={false} />
      {data && totals ? (
        <>
          <p className="lead">{t('registry.summary', { ...totals, percent: complianceBar(totals).done })}</p>
          <h2>{t('registry.chartTitle')}</h2>
          {data.retrainingCompliance.length > 0 && <ComplianceLegend />}
          <ComplianceChart rows={data.retrainingCompliance} />
        </>
      ) : (
        <QueryStatus error={error} />
      )}
    </>
  );
}
