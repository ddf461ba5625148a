import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { Role } from '../auth/model';
import { RegionPicker } from './RegionPicker';
import { RoleLabel } from './RoleLabel';
import { SetUserRolesDocument } from './users.generated';
import { ROLES, type RoleInput, type UserDetail } from './model';

/** Admins only: remove a role or add one with its region; each change replaces the whole set (setUserRoles). */
export function RolesEditor({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('trainee');
  const [regionId, setRegionId] = useState<string | null>(null);
  const [setRoles, { loading, error }] = useMutation(SetUserRolesDocument);
  const current: RoleInput[] = user.roleAssignments.map((a) => ({ role: a.role, regionId: a.region?.id ?? null }));
  const save = (roles: RoleInput[]) => void setRoles({ variables: { id: user.id, roles } }).catch(() => undefined);
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('users.roles')}</h2>
      {error && <ErrorMessage error={error} />}
      <ul>
        {user.roleAssignments.map((a, i) => (
          <li key={i}>
            <RoleLabel assignment={a} />{' '}
            <Button variant="quiet" disabled={loading} onClick={() => save(current.filter((_, j) => j !== i))}>
              {t('users.removeRole')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="add-role">{t('users.roleField')}</label>
        <select id="add-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`users.role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <RegionPicker idPrefix="add-role" onChange={setRegionId} />
      <Button disabled={loading} onClick={() => save([...current, { role, regionId }])}>
        {t('users.addRole')}
      </Button>
    </section>
  );
}
