import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../app/QueryStatus';
import { formatMoment } from '../../i18n/format';
import { errorCode } from '../../lib/graphqlError';
import { MetaList } from '../../ui/MetaList';
import './certificates.css';
import { MyCertificatesDocument } from './certificates.generated';
import type { MyCertificate } from './model';
import { verifyLink } from './paths';

function CertificateCard({ certificate }: { certificate: MyCertificate }) {
  const { t, i18n } = useTranslation();
  const revoked = certificate.revokedAt !== null;
  const rows: [string, string][] = [
    [t('certificates.issuedAt'), formatMoment(certificate.issuedAt, i18n.language)],
    [t('certificates.shortCode'), certificate.shortCode],
    [
      t('certificates.status'),
      revoked ? t('certificates.revoked', { date: formatMoment(certificate.revokedAt!, i18n.language) }) : t('certificates.valid'),
    ],
  ];
  if (revoked && certificate.revokedReason) rows.push([t('certificates.revokedReason'), certificate.revokedReason]);
  return (
    <article className={revoked ? 'card certificate certificate--revoked' : 'card certificate'} aria-label={certificate.title}>
      <p className="eyebrow">{t(`certificates.kind.${certificate.kind}`)}</p>
      <h2>{certificate.title}</h2>
      <MetaList rows={rows} />
      <p className="certificate__actions">
        {/* A plain link: the browser downloads the file itself, with the session cookie (same origin). */}
        {!revoked && (
          <a className="button button--quiet" href={certificate.pdfPath} type="application/pdf" download>
            {t('certificates.downloadPdf')}
          </a>
        )}
        <Link className="button button--quiet" to={verifyLink(certificate.credential)}>
          {t('certificates.verify')}
        </Link>
      </p>
    </article>
  );
}

/** The signed-in worker's certificates; a plain sentence for users without a worker record or certificates. */
export function MyCertificates() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyCertificatesDocument);
  if (errorCode(error) === 'FORBIDDEN') return <p>{t('certificates.notWorker')}</p>;
  if (!data) return <QueryStatus error={error} />;
  if (!data.myWorker) return <p>{t('certificates.notWorker')}</p>;
  const { certificates } = data.myWorker;
  if (certificates.length === 0) return <p>{t('certificates.empty')}</p>;
  return (
    <ul className="card-list">
      {certificates.map((certificate) => (
        <li key={certificate.id}>
          <CertificateCard certificate={certificate} />
        </li>
      ))}
    </ul>
  );
}
