import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { CERTIFICATES_PATH } from '../features/certificates/paths';
import { CATALOGUE_PATH } from '../features/learning/paths';
import { MY_LICENCE_PATH } from '../features/licensing/paths';
import { TEXTBOOKS_PATH } from '../features/textbooks/paths';
import { REGISTRY_PATH } from '../features/registry/paths';
import { ASSESS_PATH } from '../features/skills/paths';
import { GLOSSARY_PATH } from '../features/glossary/paths';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { isFaculty } from '../features/review/access';
import { REVIEWS_PATH } from '../features/review/paths';
import { hasPermission, landingPath, LEARN_PATH } from '../features/auth/permissions';
import { USERS_PATH } from '../features/users/paths';
import { CONTENT_PACKAGES_PATH } from '../features/packages/model';
import { useCurrentUser } from './AuthContext';

export function MainNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          {/* Roles with a workspace of their own land there; the trainee view stays one click away. */}
          <NavLink to={landingPath(user) ? LEARN_PATH : '/'} end>
            {t('common.home')}
          </NavLink>
        </li>
        {hasPermission(user, 'learning:record') && (
          <li>
            <NavLink to={CATALOGUE_PATH}>{t('nav.catalogue')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={TEXTBOOKS_PATH}>{t('nav.textbooks')}</NavLink>
        </li>
        {hasPermission(user, 'licences:own:read') && (
          <>
            <li>
              <NavLink to={MY_LICENCE_PATH}>{t('licence.title')}</NavLink>
            </li>
            <li>
              <NavLink to={CERTIFICATES_PATH}>{t('nav.certificates')}</NavLink>
            </li>
          </>
        )}
        {hasPermission(user, 'users:read') && (
          <li>
            <NavLink to={USERS_PATH}>{t('nav.users')}</NavLink>
          </li>
        )}
        {hasPermission(user, 'licences:read') && (
          <li>
            <NavLink to={REGISTRY_PATH}>{t('nav.registry')}</NavLink>
          </li>
        )}
        {hasPermission(user, 'skills:assess') && (
          <li>
            <NavLink to={ASSESS_PATH}>{t('nav.assess')}</NavLink>
          </li>
        )}
        {isFaculty(user) && (
          <>
            <li>
              <NavLink to={REVIEWS_PATH}>{t('nav.reviews')}</NavLink>
            </li>
            <li>
              <NavLink to={GLOSSARY_PATH}>{t('nav.glossary')}</NavLink>
            </li>
          </>
        )}
        {(hasPermission(user, 'content:packages:export') || hasPermission(user, 'content:packages:import')) && (
          <li>
            <NavLink to={CONTENT_PACKAGES_PATH}>{t('nav.packages')}</NavLink>
          </li>
        )}
        {/* Every role is notified of something: trainees of retraining, licences, lessons and certificates. */}
        <li>
          <NotificationBell />
        </li>
      </ul>
    </nav>
  );
}
