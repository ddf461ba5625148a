import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { CERTIFICATES_PATH } from '../features/certificates/paths';
import { canLearn } from '../features/learning/access';
import { CATALOGUE_PATH } from '../features/learning/paths';
import { MY_LICENCE_PATH } from '../features/licensing/paths';
import { TEXTBOOKS_PATH } from '../features/textbooks/paths';
import { canUseRegistry } from '../features/registry/access';
import { REGISTRY_PATH } from '../features/registry/paths';
import { GLOSSARY_PATH } from '../features/glossary/paths';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { isFaculty } from '../features/review/access';
import { REVIEWS_PATH } from '../features/review/paths';
import { useCurrentUser } from './AuthContext';

export function MainNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('common.home')}
          </NavLink>
        </li>
        {canLearn(user.roles) && (
          <li>
            <NavLink to={CATALOGUE_PATH}>{t('nav.catalogue')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={TEXTBOOKS_PATH}>{t('nav.textbooks')}</NavLink>
        </li>
        {user.roles.includes('trainee') && (
          <>
            <li>
              <NavLink to={MY_LICENCE_PATH}>{t('licence.title')}</NavLink>
            </li>
            <li>
              <NavLink to={CERTIFICATES_PATH}>{t('nav.certificates')}</NavLink>
            </li>
          </>
        )}
        {canUseRegistry(user.roles) && (
          <li>
            <NavLink to={REGISTRY_PATH}>{t('nav.registry')}</NavLink>
          </li>
        )}
        {isFaculty(user.roles) && (
          <>
            <li>
              <NavLink to={REVIEWS_PATH}>{t('nav.reviews')}</NavLink>
            </li>
            <li>
              <NavLink to={GLOSSARY_PATH}>{t('nav.glossary')}</NavLink>
            </li>
          </>
        )}
        {/* Every role is notified of something: trainees of retraining, licences, lessons and certificates. */}
        <li>
          <NotificationBell />
        </li>
      </ul>
    </nav>
  );
}
