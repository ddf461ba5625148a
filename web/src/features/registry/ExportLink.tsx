import { useTranslation } from 'react-i18next';

interface ExportLinkProps {
  href: string;
  /** The list on screen is paged: the hint says the file holds every row. */
  paged?: boolean;
}

/**
 * A plain link: the browser fetches the CSV from the API itself (same origin, so the session cookie goes
 * with it) and saves it. The server writes every matching row, not only the page on screen.
 */
export function ExportLink({ href, paged = true }: ExportLinkProps) {
  const { t } = useTranslation();
  return (
    <p className="export-link">
      <a className="button button--quiet" href={href} type="text/csv" download>
        {t('registry.exportCsv')}
      </a>{' '}
      {paged && <span className="export-link__hint">{t('registry.exportHint')}</span>}
    </p>
  );
}
