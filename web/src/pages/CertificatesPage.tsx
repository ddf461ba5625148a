import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyCertificates } from '../features/certificates/MyCertificates';
import { VERIFY_PATH } from '../features/certificates/paths';
import { PageTitle } from '../ui/PageTitle';

/** The trainee's certificates of completion and licence renewal: PDFs to print, and a link to check each. */
export default function CertificatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('certificates.title')} />
      <h1>{t('certificates.title')}</h1>
      <p className="lead">
        {t('certificates.lead')} <Link to={VERIFY_PATH}>{t('certificates.verifyPage')}</Link>
      </p>
      <MyCertificates />
    </>
  );
}
