import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useEnrol } from './hooks';

interface EnrolButtonProps {
  courseId: string;
  className?: string;
  /** Id of the course's title, which tells apart the buttons of a list. */
  describedBy?: string;
}

export function EnrolButton({ courseId, className, describedBy }: EnrolButtonProps) {
  const { t } = useTranslation();
  const [enrol, { loading, error }] = useEnrol(courseId);
  return (
    <div className={className}>
      {error && <ErrorMessage error={error} />}
      {/* A failure is shown from `error`; nothing else is left to do with the rejection. */}
      <Button onClick={() => void enrol().catch(() => undefined)} disabled={loading} aria-describedby={describedBy}>
        {loading ? t('learning.enrolling') : t('learning.enrol')}
      </Button>
    </div>
  );
}
