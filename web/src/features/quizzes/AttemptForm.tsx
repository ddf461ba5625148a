import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { Answer, AttemptItem, QuizAttempt } from './model';
import { QuestionText } from './QuestionText';

type Choices = Record<string, string[]>;

interface QuestionProps {
  item: AttemptItem;
  number: number;
  chosen: string[];
  onChoose: (optionId: string, checked: boolean) => void;
}

function Question({ item, number, chosen, onChoose }: QuestionProps) {
  const { t } = useTranslation();
  const textId = useId();
  const multiple = item.type === 'multiple';
  return (
    <fieldset className="question" aria-describedby={textId}>
      <legend className="question__number">{t('quiz.question', { number })}</legend>
      <QuestionText item={item} id={textId} />
      <div className="question__options" lang="ko">
        {item.options.map((option) => (
          <label key={option.id} className="option">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`item-${item.id}`}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(event) => onChoose(option.id, event.target.checked)}
            />{' '}
            {option.text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface AttemptFormProps {
  attempt: QuizAttempt;
  submitting: boolean;
  onSubmit: (answers: Answer[]) => void;
}

/**
 * The attempt's items in the order the server drew: radios for single, case and true/false items, checkboxes
 * for multiple. Unanswered items are sent with no option (and count as wrong), after a reminder of how many.
 */
export function AttemptForm({ attempt, submitting, onSubmit }: AttemptFormProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choices>({});
  const unanswered = attempt.items.filter((item) => !choices[item.id]?.length).length;

  const choose = (item: AttemptItem, optionId: string, checked: boolean) =>
    setChoices((previous) => {
      const current = previous[item.id] ?? [];
      if (item.type !== 'multiple') return { ...previous, [item.id]: [optionId] };
      const next = checked ? [...current, optionId] : current.filter((id) => id !== optionId);
      return { ...previous, [item.id]: next };
    });

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(attempt.items.map((item) => ({ itemId: item.id, optionIds: choices[item.id] ?? [] })));
  };

  return (
    <form className="attempt-form" onSubmit={handleSubmit}>
      <ol className="questions">
        {attempt.items.map((item, index) => (
          <li key={item.id}>
            <Question
              item={item}
              number={index + 1}
              chosen={choices[item.id] ?? []}
              onChoose={(optionId, checked) => choose(item, optionId, checked)}
            />
          </li>
        ))}
      </ol>
      {unanswered > 0 && <p className="attempt-form__unanswered">{t('quiz.unanswered', { count: unanswered })}</p>}
      <Button type="submit" disabled={submitting}>
        {submitting ? t('quiz.submitting') : t('quiz.submit')}
      </Button>
    </form>
  );
}
