import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoment } from '../../i18n/format';
import { MetaList } from '../../ui/MetaList';
import type { CertificateFacts, Outcome } from './outcome';

/** Where the answer came from: this browser's own check, or the server's records (short codes). */
export type CheckedBy = 'device' | 'server';

function FactList({ facts }: { facts: CertificateFacts }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(value, i18n.language);
  const rows: [string, string][] = [
    [t('verify.holder'), facts.holderName],
    [t('verify.certificate'), facts.title],
    [t('verify.issuedOn'), date(facts.issuedOn)],
  ];
  if (facts.validUntil) rows.push([t('verify.validUntil'), t('verify.until', { date: date(facts.validUntil) })]);
  if (facts.licenceNumber) rows.push([t('verify.licenceNumber'), facts.licenceNumber]);
  rows.push([t('verify.shortCode'), facts.shortCode]);
  if (facts.issuer) rows.push([t('verify.issuer'), facts.issuer]);
  return <MetaList rows={rows} />;
}

/** One plain sentence for the answer, then the certificate's facts when its signature could be trusted. */
export function VerificationResult({ outcome, checkedBy }: { outcome: Outcome; checkedBy: CheckedBy }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const sentence = outcome.valid
    ? t('verify.valid')
    : outcome.reason === 'revoked'
      ? t(outcome.asOf ? 'verify.reason.revoked' : 'verify.reason.revokedNoDate', {
          date: outcome.asOf ? formatMoment(outcome.asOf, i18n.language, { withTime: true }) : '',
        })
      : t(`verify.reason.${outcome.reason}`);
  return (
    <section
      className={`verification ${outcome.valid ? 'verification--valid' : 'verification--invalid'}`}
      aria-labelledby={headingId}
      data-testid="verification-result"
    >
      <h2 id={headingId}>{t('verify.resultTitle')}</h2>
      <p className="verification__verdict" role={outcome.valid ? 'status' : 'alert'}>
        {sentence}
      </p>
      {outcome.facts && <FactList facts={outcome.facts} />}
      <p className="verification__source">{t(checkedBy === 'device' ? 'verify.checkedOnDevice' : 'verify.checkedOnServer')}</p>
    </section>
  );
}
