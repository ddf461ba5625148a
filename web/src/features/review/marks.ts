import type { Revision } from './model';
import type { Mark } from './segments';

/** What the review text highlights: open threads, pending suggestions and South Korean terms still in it. */
export function revisionMarks(revision: Pick<Revision, 'comments' | 'suggestions' | 'terminologyFindings'>): Mark[] {
  const marks: Mark[] = [];
  for (const comment of revision.comments) {
    if (!comment.parentId && comment.range && !comment.resolvedAt) marks.push({ ...comment.range, id: comment.id, kind: 'comment' });
  }
  for (const suggestion of revision.suggestions) {
    if (suggestion.range && suggestion.status === 'pending') marks.push({ ...suggestion.range, id: suggestion.id, kind: 'suggestion' });
  }
  for (const finding of revision.terminologyFindings) {
    marks.push({ start: finding.wordStart, end: finding.wordEnd, id: `term-${finding.wordStart}-${finding.entryId}`, kind: 'term' });
  }
  return marks.filter((mark) => mark.start < mark.end);
}
