import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart, TextRange } from './model';
import { bodyPieces, collapseUnchanged, diffPieces, segment, type Mark } from './segments';
import { anchorRange, selectionToRange } from './textOffsets';

interface ReviewTextProps {
  body: string;
  diff: readonly DiffPart[];
  /** Show the changes against the published version (else the current text alone). */
  showChanges: boolean;
  marks: readonly Mark[];
  /** The range the reviewer is about to comment on or replace. */
  selected: TextRange | null;
  /** Called with the selected range, or the paragraph clicked; absent where nothing may be selected. */
  onSelect?: (range: TextRange) => void;
  /** The marks under a clicked segment, to show their threads. */
  onMarkClick?: (marks: Mark[]) => void;
}

/**
 * The revision's text (its Markdown source, as plain text) or the word-level diff against the published
 * version. Every rendered run carries its offset in the current body, so a selection maps back to offsets.
 */
export function ReviewText({ body, diff, showChanges, marks, selected, onSelect, onMarkClick }: ReviewTextProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const pieces = useMemo(() => (showChanges ? diffPieces(diff, body) : null) ?? bodyPieces(body), [showChanges, diff, body]);
  const allMarks = useMemo(
    () => (selected ? [...marks, { ...selected, id: 'selection', kind: 'comment' as const }] : marks),
    [marks, selected],
  );
  const shown = useMemo(() => (showChanges ? collapseUnchanged(pieces, allMarks) : pieces), [showChanges, pieces, allMarks]);

  const select = (target: EventTarget) => {
    if (!onSelect || !root.current) return;
    const selection = document.getSelection();
    // A plain click on highlighted words shows their threads (onMarkClick) rather than starting a new one.
    if (selection?.isCollapsed && target instanceof Element && target.closest('.mark--comment, .mark--suggestion')) return;
    const range = selectionToRange(root.current, selection);
    const anchored = range && anchorRange(body, range);
    if (anchored) onSelect(anchored);
  };

  return (
    <div
      ref={root}
      className="review-text"
      lang="ko"
      onMouseUp={(event) => select(event.target)}
      onKeyUp={(event) => event.shiftKey && select(event.target)}
      aria-label={showChanges ? t('review.text.changes') : t('review.text.current')}
      role="region"
    >
      {shown.map((piece, index) => {
        if (!piece) {
          return (
            <span key={`gap-${index}`} className="review-text__gap" aria-label={t('review.text.omitted')}>
              {' … '}
            </span>
          );
        }
        if (piece.op === 'delete') {
          return (
            <del key={`d-${index}`} data-offset={piece.at} data-deleted="">
              {piece.text}
            </del>
          );
        }
        return segment([piece], allMarks).map((part) => {
          const classes = part.marks.map((mark) => (mark.id === 'selection' ? 'mark--selected' : `mark--${mark.kind}`));
          const props = {
            'data-offset': part.at,
            className: classes.join(' ') || undefined,
            onClick: part.marks.length && onMarkClick ? () => onMarkClick(part.marks.filter((m) => m.id !== 'selection')) : undefined,
          };
          return piece.op === 'insert' ? (
            <ins key={`${index}-${part.at}`} {...props}>
              {part.text}
            </ins>
          ) : (
            <span key={`${index}-${part.at}`} {...props}>
              {part.text}
            </span>
          );
        });
      })}
    </div>
  );
}
