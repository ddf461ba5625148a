import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/AuthContext';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { canPublish } from './access';
import { AnnotationForm } from './AnnotationForm';
import { AssignmentList } from './AssignmentList';
import { CommentThreads } from './CommentThreads';
import { DecisionForm } from './DecisionForm';
import { revisionMarks } from './marks';
import { contentHistoryPath, revisionEditPath } from './paths';
import { PublishPanel } from './PublishPanel';
import { RevisionPreview } from './RevisionPreview';
import { WithdrawRevisionDocument } from './review.generated';
import type { Revision, TextRange } from './model';
import { ReviewText } from './ReviewText';
import type { Mark } from './segments';
import { SuggestionList } from './SuggestionList';
import { TermAcceptForm } from './TermAcceptForm';
import { TerminologyList } from './TerminologyList';

type View = 'changes' | 'text' | 'preview';
const VIEWS: View[] = ['changes', 'text', 'preview'];

/** A revision under review: its changes and text on one side, threads, suggestions, terms and decisions on the other. */
export function RevisionReview({ revision }: { revision: Revision }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [view, setView] = useState<View>('changes');
  const [selected, setSelected] = useState<TextRange | null>(null);
  const [focused, setFocused] = useState<string[]>([]);
  const [withdraw, withdrawing] = useMutation(WithdrawRevisionDocument);
  const marks = useMemo(() => revisionMarks(revision), [revision]);

  const isAuthor = revision.authorId === user.id;
  const assignment = revision.assignments.find((a) => a.reviewerId === user.id);
  const isReviewer = Boolean(assignment) && !isAuthor;
  const open = ['in_review', 'changes_requested'].includes(revision.status);
  const editable = ['draft', 'changes_requested'].includes(revision.status);
  const approved = revision.status === 'approved';
  const mayAnnotate = (isAuthor || isReviewer) && revision.status !== 'published' && revision.status !== 'withdrawn';

  const showMarks = (clicked: Mark[]) => setFocused(clicked.map((mark) => mark.id));
  const blocking = new Set(revision.unresolvedTerms);
  return (
    <div className="review">
      <div className="review__main">
        <p className="review__actions">
          {isAuthor && editable && (
            <Link className="button button--primary" to={revisionEditPath(revision.id)}>
              {t('review.editor.edit')}
            </Link>
          )}{' '}
          {isAuthor && revision.status === 'in_review' && (
            <Button
              variant="quiet"
              disabled={withdrawing.loading}
              onClick={() => void withdraw({ variables: { id: revision.id } }).catch(() => null)}
            >
              {t('review.withdraw')}
            </Button>
          )}{' '}
          <Link to={contentHistoryPath(revision.kind, revision.contentId)}>{t('review.history.link')}</Link>
        </p>
        {withdrawing.error && <ErrorMessage error={withdrawing.error} preferServerMessage />}
        <div className="review__views" role="group" aria-label={t('review.text.views')}>
          {VIEWS.map((name) => (
            <Button key={name} variant={view === name ? 'primary' : 'quiet'} aria-pressed={view === name} onClick={() => setView(name)}>
              {t(`review.text.${name}`)}
            </Button>
          ))}
        </div>
        {mayAnnotate && view !== 'preview' && <p className="muted">{t('review.text.hint')}</p>}
        {view === 'preview' ? (
          <RevisionPreview kind={revision.kind} body={revision.body} />
        ) : (
          <ReviewText
            body={revision.body}
            diff={revision.diff}
            showChanges={view === 'changes'}
            marks={marks}
            selected={selected}
            onSelect={mayAnnotate ? setSelected : undefined}
            onMarkClick={showMarks}
          />
        )}
      </div>
      <aside className="review__side" aria-label={t('review.side')}>
        {selected && mayAnnotate && (
          <AnnotationForm
            key={`${selected.start}-${selected.end}`}
            revisionId={revision.id}
            body={revision.body}
            range={selected}
            maySuggest={isReviewer && open}
            onDone={() => setSelected(null)}
          />
        )}
        {isReviewer && revision.status === 'in_review' && assignment?.decision === 'pending' && (
          <section aria-labelledby="decision-heading">
            <h2 id="decision-heading">{t('review.decision.title')}</h2>
            <DecisionForm revisionId={revision.id} />
          </section>
        )}
        {canPublish(user) && ['approved', 'published'].includes(revision.status) && (
          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t('review.publish.title')}</h2>
            <PublishPanel revision={revision} />
          </section>
        )}
        <section aria-labelledby="assignments-heading">
          <h2 id="assignments-heading">{t('review.assignments.title')}</h2>
          <AssignmentList assignments={revision.assignments} />
        </section>
        <section aria-labelledby="review-terms-heading">
          <h2 id="review-terms-heading">{t('review.terms.title')}</h2>
          <TerminologyList
            findings={revision.terminologyFindings}
            extra={(finding) =>
              blocking.has(finding.southTerm) ? (
                <>
                  <p className="badge badge--blocking">{t('review.terms.blocking')}</p>
                  {isReviewer && <TermAcceptForm revisionId={revision.id} southTerm={finding.southTerm} />}
                </>
              ) : null
            }
          />
          {revision.acceptedTerms.length > 0 && (
            <ul className="accepted-terms">
              {revision.acceptedTerms.map((term) => (
                <li key={term.southTerm}>{t('review.terms.accepted', { term: term.southTerm, reason: term.reason })}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">{t('review.suggestions.title')}</h2>
          <SuggestionList
            revisionId={revision.id}
            suggestions={revision.suggestions}
            mayAccept={isAuthor && (editable || approved)}
            mayReject={isAuthor && (editable || approved || revision.status === 'in_review')}
            approved={approved}
            focused={focused}
          />
        </section>
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading">{t('review.comments.title')}</h2>
          <CommentThreads revisionId={revision.id} comments={revision.comments} focused={focused} mayTakePart={isAuthor || isReviewer} />
        </section>
      </aside>
    </div>
  );
}
