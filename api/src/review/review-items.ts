import { type EntityManager, IsNull } from 'typeorm';
import { ReviewComment } from './review-comment.entity';
import type { OpenItem } from './review.exception';
import { Suggestion, SuggestionStatus } from './suggestion.entity';

/** What reviewers raised on a revision and nobody has settled yet: undecided suggestions and open threads. */
export async function openReviewItems(
  manager: EntityManager,
  revisionId: string,
): Promise<{ suggestions: OpenItem[]; threads: OpenItem[] }> {
  const [suggestions, threads] = [
    await manager.find(Suggestion, { where: { revisionId, status: SuggestionStatus.pending }, order: { createdAt: 'ASC' } }),
    await manager.find(ReviewComment, { where: { revisionId, parentId: IsNull(), resolvedAt: IsNull() }, order: { createdAt: 'ASC' } }),
  ];
  return {
    suggestions: suggestions.map((s) => ({ id: s.id, quote: s.quote, text: s.replacement })),
    threads: threads.map((t) => ({ id: t.id, quote: t.quote, text: t.body })),
  };
}
