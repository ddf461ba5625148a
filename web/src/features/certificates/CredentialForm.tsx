import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { QrScanner } from './QrScanner';

interface CredentialFormProps {
  initialText: string;
  /** False until the verifier is ready (or never, on browsers without BigInt). */
  enabled: boolean;
  onVerify: (text: string) => void;
}

/** The QR code's text (`DARI1:...`) or the credential's JSON, typed, pasted or read with the camera. */
export function CredentialForm({ initialText, enabled, onVerify }: CredentialFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim()) onVerify(text);
  };

  return (
    <form className="form credential-form" onSubmit={handleSubmit}>
      <div className="field">
        <label htmlFor="verify-credential">{t('verify.credentialLabel')}</label>
        <textarea
          id="verify-credential"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={6}
          spellCheck={false}
          autoCapitalize="none"
          aria-describedby="verify-credential-hint"
        />
        <p id="verify-credential-hint" className="field__hint">
          {t('verify.credentialHint')}
        </p>
      </div>
      <div className="credential-form__actions">
        <Button type="submit" disabled={!enabled}>
          {t('verify.check')}
        </Button>
        {enabled && (
          <QrScanner
            onScan={(scanned) => {
              setText(scanned);
              onVerify(scanned);
            }}
          />
        )}
      </div>
    </form>
  );
}
