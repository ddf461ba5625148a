import { useTranslation } from 'react-i18next';
import type { AttemptItem } from './model';

/** A question's case (for case items) above its stem. Quiz text is Korean whatever the interface language. */
export function QuestionText({ item, id }: { item: AttemptItem; id?: string }) {
  const { t } = useTranslation();
  return (
    <div className="question__text" id={id}>
      {item.caseText && (
        <div className="question__case">
          <p className="question__case-label">{t('quiz.case')}</p>
          <p className="pre-line" lang="ko">
            {item.caseText}
          </p>
        </div>
      )}
      <p className="question__stem" lang="ko">
        {item.stem}
      </p>
      {item.type === 'multiple' && <p className="question__hint">{t('quiz.chooseAll')}</p>}
    </div>
  );
}
