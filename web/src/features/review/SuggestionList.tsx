import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DecideSuggestionDocument, RevisionDocument } from './review.generated';
import type { Suggestion } from './model';

interface SuggestionListProps {
  revisionId: string;
  suggestions: readonly Suggestion[];
  /** The author accepts in one click while the text may change (editable, or approved: then it is approved again). */
  mayAccept: boolean;
  /** The author rejects while the revision is still open (a rejection changes no text). */
  mayReject: boolean;
  /** Accepting sends the revision back to its reviewers: say so first. */
  approved?: boolean;
  focused: readonly string[];
}

/** Replacement text suggested by reviewers: the quote, the replacement, the note and what became of it. */
export function SuggestionList({ revisionId, suggestions, mayAccept, mayReject, approved = false, focused }: SuggestionListProps) {
  const { t } = useTranslation();
  const [decide, deciding] = useMutation(DecideSuggestionDocument, {
    refetchQueries: [{ query: RevisionDocument, variables: { id: revisionId } }],
    awaitRefetchQueries: true,
  });
  if (suggestions.length === 0) return <p className="muted">{t('review.suggestions.none')}</p>;
  const undecided = suggestions.some((suggestion) => suggestion.status === 'pending');
  return (
    <>
      {approved && mayAccept && undecided && <p className="notice">{t('review.suggestions.reapproval')}</p>}
      {deciding.error && <ErrorMessage error={deciding.error} preferServerMessage />}
      <ul className="suggestions">
        {suggestions.map((suggestion) => (
          <li
            key={suggestion.id}
            className={focused.includes(suggestion.id) ? 'suggestion suggestion--focused' : 'suggestion'}
            aria-label={t('review.suggestions.item', { quote: suggestion.quote })}
          >
            <p lang="ko">
              <del>{suggestion.quote}</del> → <ins>{suggestion.replacement}</ins>
            </p>
            {suggestion.note && <p className="suggestion__note">{suggestion.note}</p>}
            {suggestion.range === null && suggestion.status === 'pending' && (
              <p className="badge badge--orphaned">{t('review.comments.orphaned')}</p>
            )}
            {suggestion.status !== 'pending' && <p className="badge">{t(`review.suggestions.${suggestion.status}`)}</p>}
            {(mayAccept || mayReject) && suggestion.status === 'pending' && (
              <p>
                {mayAccept && (
                  <Button
                    disabled={deciding.loading || suggestion.range === null}
                    onClick={() => void decide({ variables: { id: suggestion.id, accept: true } }).catch(() => null)}
                  >
                    {t('review.suggestions.accept')}
                  </Button>
                )}{' '}
                <Button
                  variant="quiet"
                  disabled={deciding.loading}
                  onClick={() => void decide({ variables: { id: suggestion.id, accept: false } }).catch(() => null)}
                >
                  {t('review.suggestions.reject')}
                </Button>
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
