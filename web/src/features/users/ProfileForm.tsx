import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { LocaleSelect } from './LocaleSelect';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { UpdateUserDocument } from './users.generated';
import { CADRES, type Cadre, type UserDetail } from './model';

/** Display name, cadre and language of an account. */
export function ProfileForm({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const [update, { loading, error, data }] = useMutation(UpdateUserDocument);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const cadre = String(form.get('cadre') ?? '');
    const input = {
      displayName: String(form.get('displayName') ?? ''),
      locale: String(form.get('locale') ?? 'ko'),
      ...(cadre ? { cadre: cadre as Cadre } : {}),
    };
    void update({ variables: { id: user.id, input } }).catch(() => undefined);
  };
  return (
    <form className="form" onSubmit={handleSubmit} aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('users.profile')}</h2>
      {error && <ErrorMessage error={error} />}
      {data && <p role="status">{t('users.saved')}</p>}
      <div className="field">
        <label htmlFor="profile-name">{t('users.displayName')}</label>
        <input id="profile-name" name="displayName" defaultValue={user.displayName} maxLength={100} required />
      </div>
      <div className="field">
        <label htmlFor="profile-cadre">{t('registry.cadre')}</label>
        <select id="profile-cadre" name="cadre" defaultValue={user.cadre ?? ''}>
          <option value="">-</option>
          {CADRES.map((c) => (
            <option key={c} value={c}>
              {t(`cadre.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <LocaleSelect id="profile-locale" defaultValue={user.locale} />
      <Button type="submit" disabled={loading}>
        {t('users.save')}
      </Button>
    </form>
  );
}
