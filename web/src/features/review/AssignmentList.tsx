import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { Assignment } from './model';

/** Who was asked to review, by when, and what each decided. */
export function AssignmentList({ assignments }: { assignments: readonly Assignment[] }) {
  const { t, i18n } = useTranslation();
  if (assignments.length === 0) return <p className="muted">{t('review.assignments.none')}</p>;
  return (
    <ul className="assignments">
      {assignments.map((assignment) => (
        <li key={assignment.id}>
          <strong>{assignment.reviewerName}</strong>: {t(`review.decision.${assignment.decision}`)}
          {' · '}
          {t('review.assignments.due', { date: formatDate(assignment.dueOn, i18n.language) })}
          {assignment.note && <p className="assignments__note">{assignment.note}</p>}
        </li>
      ))}
    </ul>
  );
}
