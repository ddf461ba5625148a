import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextbookSelfAssessmentDocument } from './apparatus.generated';

/**
 * The questions at a chapter's end, as the printed book has them; each answer is revealed on request (the book
 * prints the answers at its end). Quiz items are plain text, never Markdown.
 */
export function SelfAssessment({ textbookId, chapterId }: { textbookId: string; chapterId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data } = useQuery(TextbookSelfAssessmentDocument, { variables: { id: textbookId } });
  const questions = data?.textbook.chapters.find((c) => c.id === chapterId)?.selfAssessment ?? [];
  if (questions.length === 0) return null;
  return (
    <section className="self-assessment" aria-labelledby={headingId} lang="ko">
      <h2 id={headingId}>{t('textbook.selfAssessment')}</h2>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            {q.case && <p className="muted">{q.case}</p>}
            <p>{q.stem}</p>
            {q.options.length > 0 ? (
              // Labelled ㄱ, ㄴ, ㄷ by the stylesheet, as the answers name them.
              <ol className="self-assessment__options">
                {q.options.map((option, i) => (
                  <li key={i}>{option}</li>
                ))}
              </ol>
            ) : (
              <p>옳다 / 틀리다</p>
            )}
            <details>
              <summary>{t('textbook.showAnswer')}</summary>
              <p>
                <strong>{q.answer}</strong> — {q.explanation}
              </p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
