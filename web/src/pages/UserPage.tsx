import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import { hasPermission } from '../features/auth/permissions';
import { USERS_PATH } from '../features/users/paths';
import { ProfileForm } from '../features/users/ProfileForm';
import { ResetCodeSlip } from '../features/users/ResetCodeSlip';
import { RoleLabel } from '../features/users/RoleLabel';
import { RolesEditor } from '../features/users/RolesEditor';
import { DeactivateUserDocument, ReactivateUserDocument, UserDocument } from '../features/users/users.generated';
import { Button } from '../ui/Button';
import { ErrorMessage } from '../ui/ErrorMessage';
import { PageTitle } from '../ui/PageTitle';

/** One account: its worker, profile, roles (admins), sign-in state and a password reset code. */
export default function UserPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { userId = '' } = useParams();
  const { data, error } = useQuery(UserDocument, { variables: { id: userId } });
  const [deactivate, deactivation] = useMutation(DeactivateUserDocument);
  const [reactivate, reactivation] = useMutation(ReactivateUserDocument);
  if (!data) return <QueryStatus error={error} />;
  const { user } = data;
  const admin = hasPermission(me, 'users:manage');
  // Registrars manage only trainee accounts (the API decides; this hides what it would refuse).
  const manages = admin || user.roles.every((role) => role === 'trainee');
  return (
    <>
      <PageTitle title={user.displayName} />
      <p className="eyebrow">
        <Link to={USERS_PATH}>{t('users.title')}</Link>
      </p>
      <h1>{user.displayName}</h1>
      <dl className="meta-list">
        <dt>{t('auth.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('users.roles')}</dt>
        <dd>
          {user.roleAssignments.map((a, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <RoleLabel assignment={a} />
            </span>
          ))}
        </dd>
        <dt>{t('users.state')}</dt>
        <dd>
          {user.active ? t('users.active') : t('users.inactive')}
          {user.mustChangePassword && ` · ${t('users.mustChange')}`}
        </dd>
        {user.worker && (
          <>
            <dt>{t('users.worker')}</dt>
            <dd>{`${user.worker.name} (${user.worker.registrationNumber}, ${user.worker.facilityName})`}</dd>
          </>
        )}
      </dl>
      {manages && <ProfileForm key={user.id} user={user} />}
      {admin && <RolesEditor user={user} />}
      {manages && user.id !== me.id && (
        <section aria-labelledby="activation-heading">
          <h2 id="activation-heading">{t('users.activation')}</h2>
          {(deactivation.error || reactivation.error) && <ErrorMessage error={deactivation.error ?? reactivation.error} />}
          {user.active ? (
            <Button
              variant="quiet"
              disabled={deactivation.loading}
              onClick={() => void deactivate({ variables: { id: user.id } }).catch(() => undefined)}
            >
              {t('users.deactivate')}
            </Button>
          ) : (
            <Button
              variant="quiet"
              disabled={reactivation.loading}
              onClick={() => void reactivate({ variables: { id: user.id } }).catch(() => undefined)}
            >
              {t('users.reactivate')}
            </Button>
          )}
        </section>
      )}
      {manages && <ResetCodeSlip userId={user.id} />}
    </>
  );
}
