import { useTranslation } from 'react-i18next';
import type { AttemptItem, QuizAttempt } from './model';
import { QuestionText } from './QuestionText';

function ItemReview({ item, number }: { item: AttemptItem; number: number }) {
  const { t } = useTranslation();
  const correctIds = item.correctOptionIds ?? [];
  return (
    <article className={item.correct ? 'item-review item-review--correct' : 'item-review item-review--wrong'}>
      <h3 className="item-review__title">
        {t('quiz.question', { number })}: {item.correct ? t('quiz.correct') : t('quiz.wrong')}
      </h3>
      <QuestionText item={item} />
      <ul className="item-review__options" lang="ko">
        {item.options.map((option) => {
          const notes = [
            correctIds.includes(option.id) && t('quiz.correctAnswer'),
            item.chosen.includes(option.id) && t('quiz.yourAnswer'),
          ].filter(Boolean);
          return (
            <li key={option.id} className={correctIds.includes(option.id) ? 'option--correct' : undefined}>
              {option.text}
              {notes.length > 0 && <span className="item-review__note"> ({notes.join(', ')})</span>}
            </li>
          );
        })}
      </ul>
      {item.chosen.length === 0 && <p className="item-review__unanswered">{t('quiz.notAnswered')}</p>}
      {item.explanation && (
        <div className="item-review__explanation">
          <h4>{t('quiz.explanation')}</h4>
          <p className="pre-line" lang="ko">
            {item.explanation}
          </p>
        </div>
      )}
    </article>
  );
}

/**
 * A submitted attempt: score and pass or fail, then each item with what was chosen, the correct option(s) and
 * the explanation, all as the server scored them. `passMark` is shown when known.
 */
export function AttemptResult({ attempt, passMark }: { attempt: QuizAttempt; passMark?: number }) {
  const { t } = useTranslation();
  return (
    <section className="attempt-result" aria-label={t('quiz.result')}>
      <p className={attempt.passed ? 'result result--passed' : 'result result--failed'}>
        <strong>{attempt.passed ? t('quiz.passed') : t('quiz.failed')}</strong> {t('quiz.score', { score: attempt.score ?? 0 })}
        {passMark !== undefined && ` (${t('quiz.passMarkIs', { mark: passMark })})`}
      </p>
      <ol className="questions">
        {attempt.items.map((item, index) => (
          <li key={item.id}>
            <ItemReview item={item} number={index + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}
