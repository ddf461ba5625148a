import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/graphqlError';

export function ErrorMessage({ error }: { error: unknown }) {
  const { i18n } = useTranslation();
  return (
    <p className="alert" role="alert">
      {errorMessage(error, i18n)}
    </p>
  );
}
