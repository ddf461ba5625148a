import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { COMPLIANCE_PATH, EXPIRING_PATH, IMPORT_PATH, RECORDS_PATH, REGISTRY_PATH } from './paths';

/** The registrar workspace's own sections, shown on each of its pages. */
export function RegistryNav() {
  const { t } = useTranslation();
  const links = [
    { to: REGISTRY_PATH, label: t('registry.workers'), end: true },
    { to: EXPIRING_PATH, label: t('registry.expiring'), end: false },
    { to: COMPLIANCE_PATH, label: t('registry.compliance'), end: false },
    { to: IMPORT_PATH, label: t('registry.import'), end: false },
    { to: RECORDS_PATH, label: t('records.title'), end: false },
  ];
  return (
    <nav className="registry-nav" aria-label={t('registry.nav')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
