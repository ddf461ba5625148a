import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoment } from '../../i18n/format';
import { CERTIFICATES_PATH } from '../certificates/paths';
import type { MyLicensing } from './model';

/** The trainee's certificates in brief, each with its PDF; the certificates page has the rest. */
export function CertificateList({ certificates }: { certificates: MyLicensing['certificates'] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {certificates.length === 0 ? (
        <p>{t('certificates.empty')}</p>
      ) : (
        <ul className="licence-certificates">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <a href={certificate.pdfPath} download>
                {certificate.title}
              </a>{' '}
              · {formatMoment(certificate.issuedAt, i18n.language)}
              {certificate.revokedAt && <> · {t('certificates.revoked', { date: formatMoment(certificate.revokedAt, i18n.language) })}</>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={CERTIFICATES_PATH}>{t('licence.allCertificates')}</Link>
      </p>
    </>
  );
}
