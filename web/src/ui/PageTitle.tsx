import { useTranslation } from 'react-i18next';

/** React hoists <title> into <head>; a distinct title per page tells screen reader users where they are. */
export function PageTitle({ title }: { title?: string }) {
  const { t } = useTranslation();
  return <title>{title ? `${title} · ${t('app.name')}` : t('app.name')}</title>;
}
