import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';

/** An account's language, named in its own tongue (조선어, English). */
export function LocaleSelect({ id, defaultValue = 'ko' }: { id: string; defaultValue?: string }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('users.locale')}</label>
      <select id={id} name="locale" defaultValue={defaultValue}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
