import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../app/AuthContext';
import { QueryStatus } from '../app/QueryStatus';
import type { Role } from '../features/auth/model';
import { hasPermission } from '../features/auth/permissions';
import { CreateUserForm } from '../features/users/CreateUserForm';
import { userPath } from '../features/users/paths';
import { RoleLabel } from '../features/users/RoleLabel';
import { UsersDocument } from '../features/users/users.generated';
import { ROLES } from '../features/users/model';
import { Button } from '../ui/Button';
import { useWideLayout } from '../ui/Layout';
import { PageTitle } from '../ui/PageTitle';

const PAGE = 50;

/** Accounts the signed-in admin or registrar may read: searched, filtered and paged; new accounts made here. */
export default function UsersPage() {
  const { t } = useTranslation();
  useWideLayout();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const active = params.get('active');
  const variables = {
    search: params.get('q') || undefined,
    role: (params.get('role') || undefined) as Role | undefined,
    active: active === null || active === '' ? undefined : active === 'true',
    first: PAGE,
    offset: (page - 1) * PAGE,
  };
  const { data, error } = useQuery(UsersDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
    skip: !hasPermission(user, 'users:read'),
  });

  const applyFilters = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'role', 'active']) if (form.get(key)) next.set(key, String(form.get(key)));
    setParams(next);
  };
  const pages = data ? Math.max(1, Math.ceil(data.users.total / PAGE)) : 1;

  return (
    <>
      <PageTitle title={t('users.title')} />
      <h1>{t('users.title')}</h1>
      {!hasPermission(user, 'users:read') && <p className="alert">{t('errors.FORBIDDEN')}</p>}
      {hasPermission(user, 'users:accounts') && (
        <Button variant="quiet" onClick={() => setCreating(!creating)} aria-expanded={creating}>
          {t('users.create')}
        </Button>
      )}
      {creating && (
        <CreateUserForm onlyTrainees={!hasPermission(user, 'users:manage')} onCreated={(created) => navigate(userPath(created.id))} />
      )}
      <form className="filters" onSubmit={applyFilters} role="search" aria-label={t('users.filters')}>
        <label htmlFor="users-q">{t('users.search')}</label>
        <input id="users-q" name="q" defaultValue={params.get('q') ?? ''} />
        <label htmlFor="users-role">{t('users.roleField')}</label>
        <select id="users-role" name="role" defaultValue={params.get('role') ?? ''}>
          <option value="">{t('users.allRoles')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`users.role.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor="users-active">{t('users.state')}</label>
        <select id="users-active" name="active" defaultValue={active ?? ''}>
          <option value="">{t('users.anyState')}</option>
          <option value="true">{t('users.active')}</option>
          <option value="false">{t('users.inactive')}</option>
        </select>
        <Button type="submit">{t('registry.apply')}</Button>
      </form>
      {data ? (
        <>
          <p aria-live="polite">
            {t('registry.range', {
              from: data.users.total ? (page - 1) * PAGE + 1 : 0,
              to: (page - 1) * PAGE + data.users.items.length,
              total: data.users.total,
            })}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('auth.username')}</th>
                <th scope="col">{t('users.roleField')}</th>
                <th scope="col">{t('users.state')}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.items.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={userPath(u.id)}>{u.displayName}</Link>
                  </td>
                  <td>{u.username}</td>
                  <td>
                    {u.roleAssignments.map((a, i) => (
                      <span key={i}>
                        {i > 0 && ', '}
                        <RoleLabel assignment={a} />
                      </span>
                    ))}
                  </td>
                  <td>{u.active ? t('users.active') : t('users.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav aria-label={t('registry.pages')}>
              <Button
                variant="quiet"
                disabled={page <= 1}
                onClick={() => setParams({ ...Object.fromEntries(params), page: String(page - 1) })}
              >
                {t('registry.previousPage')}
              </Button>{' '}
              <span>{t('registry.pageOf', { page, pages })}</span>{' '}
              <Button
                variant="quiet"
                disabled={page >= pages}
                onClick={() => setParams({ ...Object.fromEntries(params), page: String(page + 1) })}
              >
                {t('registry.nextPage')}
              </Button>
            </nav>
          )}
        </>
      ) : (
        hasPermission(user, 'users:read') && <QueryStatus error={error} />
      )}
    </>
  );
}
