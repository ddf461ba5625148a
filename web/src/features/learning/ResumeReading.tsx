import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { scrollToPosition } from './useLessonTracking';

/** Below this, the reader had barely started: the lesson simply opens at the top. */
const WORTH_RESUMING = 0.05;

interface ResumeReadingProps {
  /** The saved scroll fraction of the lesson body, if any. */
  position: number | null;
  body: RefObject<HTMLElement | null>;
}

/**
 * Offers to return to where the trainee stopped reading (the position saved with their progress, on any device).
 * Offered rather than done: the lesson opens at its title, and one tap takes the reader on.
 */
export function ResumeReading({ position, body }: ResumeReadingProps) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || position === null || position < WORTH_RESUMING) return null;
  const resume = () => {
    if (body.current) scrollToPosition(body.current, position);
    setDismissed(true);
  };
  return (
    <p className="resume-reading">
      <Button variant="quiet" onClick={resume}>
        {t('lesson.resume', { percent: Math.round(position * 100) })}
      </Button>
    </p>
  );
}
