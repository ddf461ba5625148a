import { useTranslation } from 'react-i18next';
import type { DiffPart } from './model';
import { collapseUnchanged, type Piece } from './segments';

/** A word-level diff as text: inserted words underlined, deleted ones struck through, long unchanged runs shortened. */
export function DiffView({ diff }: { diff: readonly DiffPart[] }) {
  const { t } = useTranslation();
  let at = 0;
  const pieces: Piece[] = diff.map((part) => {
    const piece = { at, text: part.text, op: part.op };
    if (part.op !== 'delete') at += part.text.length;
    return piece;
  });
  if (!pieces.some((piece) => piece.op !== 'equal')) return <p className="muted">{t('review.history.noChanges')}</p>;
  return (
    <div className="review-text review-text--static" lang="ko">
      {collapseUnchanged(pieces, []).map((piece, index) => {
        if (!piece)
          return (
            <span key={index} className="review-text__gap">
              {' … '}
            </span>
          );
        if (piece.op === 'insert') return <ins key={index}>{piece.text}</ins>;
        if (piece.op === 'delete') return <del key={index}>{piece.text}</del>;
        return <span key={index}>{piece.text}</span>;
      })}
    </div>
  );
}
