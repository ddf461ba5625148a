import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { AutosaveState } from './autosave';

/** Where the author's text is: saved on the server, kept on this device, or refused. */
export function SaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useTranslation();
  if (state.status === 'error') return <ErrorMessage error={state.error} preferServerMessage />;
  if (state.status === 'conflict') return null; // the editor shows the choice instead
  return (
    <p className={`save-status save-status--${state.status}`} role="status">
      {t(`review.save.${state.status}`)}
    </p>
  );
}
