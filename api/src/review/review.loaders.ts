import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { manyEach, oneEach, PerRequest } from '../common/loaders';
import { User } from '../users/user.entity';
import { ReviewAssignment } from './review-assignment.entity';
import { ReviewComment } from './review-comment.entity';
import { Revision } from './revision.entity';
import { Suggestion } from './suggestion.entity';

/** Per-request loaders: a review queue, a list of revisions or a thread list costs one query per field, not one per row. */
export class ReviewLoaders {
  constructor(private readonly db: DataSource) {}

  readonly revision = new DataLoader<string, Revision | undefined>(async (ids) =>
    oneEach(ids, await this.db.getRepository(Revision).findBy({ id: In([...ids]) }), (r) => r.id),
  );

  /** Display names of users (authors, reviewers, commenters). */
  readonly displayName = new DataLoader<string, string | null>(async (ids) => {
    const users = await this.db.getRepository(User).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
    return oneEach(ids, users, (u) => u.id).map((u) => u?.displayName ?? null);
  });

  /** A revision's reviewers, in the order they were asked. */
  readonly assignmentsOf = new DataLoader<string, ReviewAssignment[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(ReviewAssignment).find({ where: { revisionId: In([...ids]) }, order: { assignedAt: 'ASC', id: 'ASC' } }),
      (a) => a.revisionId,
    ),
  );

  /** A revision's threads and replies, oldest first. */
  readonly commentsOf = new DataLoader<string, ReviewComment[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(ReviewComment).find({ where: { revisionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (c) => c.revisionId,
    ),
  );

  /** A revision's suggestions, oldest first. */
  readonly suggestionsOf = new DataLoader<string, Suggestion[]>(async (ids) =>
    manyEach(
      ids,
      await this.db.getRepository(Suggestion).find({ where: { revisionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
      (s) => s.revisionId,
    ),
  );
}

@Injectable()
export class ReviewLoaderFactory {
  private readonly loaders = new PerRequest(() => new ReviewLoaders(this.db));

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(request: object): ReviewLoaders {
    return this.loaders.for(request);
  }
}
