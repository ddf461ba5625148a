import { useTranslation } from 'react-i18next';

/**
 * A plain link, not a router one: the browser fetches the file itself (same origin, so the session cookie
 * goes with it) and saves it.
 */
export function PdfLink({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <a className="button button--quiet pdf-link" href={path} type="application/pdf" download>
      {t('textbook.downloadPdf')}
    </a>
  );
}
