import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format';
import { ContentEditing } from '../review/ContentEditing';
import type { ItemDifficulty } from './model';

/**
 * The items most often answered wrong first (the API's order): where the teaching or the item may need another
 * look, with faculty's way to edit the item.
 */
export function DifficultItems({ items }: { items: ItemDifficulty[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'ko';
  if (items.length === 0) return <p>{t('report.noWrongAnswers')}</p>;
  return (
    <ol className="difficult-items">
      {items.map((item) => (
        <li key={item.itemId}>
          <p className="difficult-items__stem" lang="ko">
            {item.stem}
          </p>
          <p className="difficult-items__meta">
            <span lang="ko">{item.quizTitle}</span>
            {' · '}
            {t('report.wrongRate', {
              rate: formatPercent(item.wrongRate, language),
              wrong: item.wrong,
              answered: item.answered,
            })}
          </p>
          <ContentEditing kind="questionItem" contentId={item.itemId} />
        </li>
      ))}
    </ol>
  );
}
