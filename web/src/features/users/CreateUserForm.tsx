import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LocaleSelect } from './LocaleSelect';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { Role } from '../auth/model';
import { RegionPicker } from './RegionPicker';
import { CreateUserDocument, WorkerByNumberDocument } from './users.generated';
import { CADRES, ROLES, type Cadre, type UserDetail } from './model';

/**
 * One new account. Admins choose any role and region; registrars (`onlyTrainees`) make a trainee account for
 * a worker of their region, found by registration number. The initial password is changed at first sign-in.
 */
export function CreateUserForm({ onlyTrainees, onCreated }: { onlyTrainees: boolean; onCreated: (user: UserDetail) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [role, setRole] = useState<Role>('trainee');
  const [regionId, setRegionId] = useState<string | null>(null);
  const [workerProblem, setWorkerProblem] = useState<string | null>(null);
  const [create, { loading, error }] = useMutation(CreateUserDocument, { refetchQueries: ['Users'] });

  const findWorker = async (number: string): Promise<string | null | undefined> => {
    if (!number) return null;
    const { data } = await client.query({ query: WorkerByNumberDocument, variables: { search: number }, fetchPolicy: 'network-only' });
    return data?.workers.items.find((w) => w.registrationNumber === number)?.id;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const workerId = await findWorker(String(data.get('worker') ?? '').trim());
    setWorkerProblem(workerId === undefined ? t('users.workerNotFound') : null);
    if (workerId === undefined) return;
    try {
      const result = await create({
        variables: {
          input: {
            username: String(data.get('username') ?? ''),
            displayName: String(data.get('displayName') ?? ''),
            cadre: (String(data.get('cadre') ?? '') || null) as Cadre | null,
            locale: String(data.get('locale') ?? 'ko'),
            password: String(data.get('password') ?? ''),
            roles: [{ role, regionId }],
            workerId,
          },
        },
      });
      if (result.data) onCreated(result.data.createUser);
    } catch {
      // shown from `error`
    }
  };

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)} aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t('users.create')}</h2>
      {error && <ErrorMessage error={error} />}
      {workerProblem && (
        <p className="alert" role="alert">
          {workerProblem}
        </p>
      )}
      <div className="field">
        <label htmlFor="new-user-username">{t('auth.username')}</label>
        <input id="new-user-username" name="username" autoCapitalize="none" spellCheck={false} minLength={3} maxLength={64} required />
      </div>
      <div className="field">
        <label htmlFor="new-user-name">{t('users.displayName')}</label>
        <input id="new-user-name" name="displayName" maxLength={100} required />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">{t('users.initialPassword')}</label>
        <input
          id="new-user-password"
          name="password"
          autoComplete="off"
          minLength={8}
          maxLength={128}
          required
          aria-describedby="new-user-password-hint"
        />
        <p id="new-user-password-hint" className="field__hint">
          {t('users.initialPasswordHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="new-user-worker">{t('users.workerNumber')}</label>
        <input id="new-user-worker" name="worker" required={onlyTrainees} spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor="new-user-cadre">{t('registry.cadre')}</label>
        <select id="new-user-cadre" name="cadre" defaultValue="">
          <option value="">{t('users.cadreFromWorker')}</option>
          {CADRES.map((c) => (
            <option key={c} value={c}>
              {t(`cadre.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <LocaleSelect id="new-user-locale" />
      {!onlyTrainees && (
        <>
          <div className="field">
            <label htmlFor="new-user-role">{t('users.roleField')}</label>
            <select id="new-user-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`users.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <RegionPicker idPrefix="new-user" onChange={setRegionId} />
        </>
      )}
      <Button type="submit" disabled={loading}>
        {t('users.createSubmit')}
      </Button>
    </form>
  );
}
