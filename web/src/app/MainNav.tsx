import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { TEXTBOOKS_PATH } from '../features/textbooks/paths';

export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('common.home')}
          </NavLink>
        </li>
        <li>
          <NavLink to={TEXTBOOKS_PATH}>{t('nav.textbooks')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
