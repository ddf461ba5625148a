import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useLeaveCourse } from './hooks';

/** Leaves a course opened by mistake: it disappears from 학습중인 과정; progress is kept for a return. */
export function LeaveCourseButton({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const [leave, { loading, error }] = useLeaveCourse(courseId);
  return (
    <div className="course-enrolment__leave">
      {error && <ErrorMessage error={error} />}
      <Button variant="quiet" onClick={() => void leave().catch(() => undefined)} disabled={loading}>
        {loading ? t('learning.leaving') : t('learning.leave')}
      </Button>
      <p className="muted">{t('learning.leaveHint')}</p>
    </div>
  );
}
