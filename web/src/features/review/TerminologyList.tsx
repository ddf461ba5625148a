import { useTranslation } from 'react-i18next';
import type { TerminologyFinding } from '../glossary/model';
import { Button } from '../../ui/Button';
import type { ReactNode } from 'react';

interface TerminologyListProps {
  findings: readonly TerminologyFinding[];
  /** Applies the North Korean term in the author's text; absent where the text is not edited here. */
  onApply?: (finding: TerminologyFinding) => void;
  /** More for each finding, e.g. a reviewer's form to let the term stand. */
  extra?: (finding: TerminologyFinding) => ReactNode;
}

const isLink = (source: string) => /^https?:\/\//.test(source);

/** South Korean terms found in a text, each with the North Korean term, the relation, its note and source. */
export function TerminologyList({ findings, onApply, extra }: TerminologyListProps) {
  const { t } = useTranslation();
  if (findings.length === 0) return <p className="muted">{t('review.terms.none')}</p>;
  return (
    <ul className="term-findings">
      {findings.map((finding) => (
        <li key={`${finding.wordStart}-${finding.entryId}`} className="term-finding">
          <p className="term-finding__terms">
            <span lang="ko">{finding.found}</span> → <strong lang="ko">{finding.replacement}</strong>{' '}
            <span className={`badge badge--${finding.relation}`}>{t(`glossary.relation.${finding.relation}`)}</span>{' '}
            {finding.status === 'proposed' && <span className="badge badge--proposed">{t('glossary.status.proposed')}</span>}
          </p>
          <p className="term-finding__pair">{t('review.terms.pair', { south: finding.southTerm, north: finding.northTerm })}</p>
          {finding.note && <p className="term-finding__note">{finding.note}</p>}
          {finding.source && (
            <p className="term-finding__source">
              {t('glossary.source')}:{' '}
              {isLink(finding.source) ? (
                <a href={finding.source} rel="noreferrer noopener" target="_blank">
                  {finding.source}
                </a>
              ) : (
                finding.source
              )}
            </p>
          )}
          {onApply && <Button onClick={() => onApply(finding)}>{t('review.terms.apply')}</Button>}
          {extra?.(finding)}
        </li>
      ))}
    </ul>
  );
}
