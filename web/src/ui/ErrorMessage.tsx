import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/graphqlError';

interface ErrorMessageProps {
  error: unknown;
  /** See `errorMessage`: for input errors whose server message says what to fix. */
  preferServerMessage?: boolean;
}

export function ErrorMessage({ error, preferServerMessage }: ErrorMessageProps) {
  const { i18n } = useTranslation();
  return (
    <p className="alert" role="alert">
      {errorMessage(error, i18n, { preferServerMessage })}
    </p>
  );
}
