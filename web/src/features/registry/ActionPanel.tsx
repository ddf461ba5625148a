import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface ActionPanelProps {
  /** What the registrar is about to do, e.g. "면허 PN-000001 정지": names the form. */
  title: string;
  /** In words, what will happen when they confirm. */
  consequence: ReactNode;
  confirmLabel: string;
  /** Problems (i18n keys) of the fields as they stand; shown once the registrar has tried to confirm. */
  problems: string[];
  /** The API's error of the last attempt, shown in the reader's language as the API wrote it. */
  error?: unknown;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}

/**
 * A registrar action's confirmation: what will happen, the fields it needs, then confirm or close. Nothing is
 * sent while a field has a problem.
 */
export function ActionPanel({ title, consequence, confirmLabel, problems, error, busy, onConfirm, onCancel, children }: ActionPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [attempted, setAttempted] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (problems.length === 0 && !busy) onConfirm();
  };
  return (
    <form className="action-panel" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId} className="action-panel__title">
        {title}
      </h4>
      <p className="action-panel__consequence">{consequence}</p>
      {children}
      {attempted && problems.length > 0 && (
        <ul className="alert action-panel__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{t(problem)}</li>
          ))}
        </ul>
      )}
      {error ? <ErrorMessage error={error} preferServerMessage /> : null}
      <div className="action-panel__buttons">
        <Button type="submit" disabled={busy}>
          {confirmLabel}
        </Button>{' '}
        <Button variant="quiet" onClick={onCancel}>
          {t('registryActions.close')}
        </Button>
      </div>
    </form>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
}

/** A labelled text field (a reason, an evidence note), with its hint read with it. */
export function TextField({ label, value, onChange, hint, required = false, multiline = false }: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  const props = {
    id,
    value,
    required,
    'aria-required': required,
    'aria-describedby': hint ? hintId : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** The reason for a change: required, or optional where the API does not need one. */
export function ReasonField({ value, onChange, required }: { value: string; onChange: (value: string) => void; required: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      label={required ? t('registryActions.reasonRequired') : t('registryActions.reasonOptional')}
      value={value}
      onChange={onChange}
      hint={t('registryActions.reasonHint')}
      required={required}
      multiline
    />
  );
}

/** The last action's outcome, announced to screen readers. */
export function ActionDone({ message }: { message: string | null }) {
  return (
    <p className="action-done" role="status">
      {message ?? ''}
    </p>
  );
}
