import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { User } from '../users/user.entity';
import { Revision } from './revision.entity';

/** Per-request loaders: a review queue or a thread list costs one query per field, not one per row. */
export class ReviewLoaders {
  constructor(private readonly db: DataSource) {}

  readonly revision = new DataLoader<string, Revision | undefined>(async (ids) => {
    const rows = await this.db.getRepository(Revision).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id));
  });

  /** Display names of users (authors, reviewers, commenters). */
  readonly displayName = new DataLoader<string, string | null>(async (ids) => {
    const users = await this.db.getRepository(User).find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
    return ids.map((id) => users.find((u) => u.id === id)?.displayName ?? null);
  });
}

@Injectable()
export class ReviewLoaderFactory {
  private readonly perRequest = new WeakMap<object, ReviewLoaders>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  for(request: object): ReviewLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) this.perRequest.set(request, (loaders = new ReviewLoaders(this.db)));
    return loaders;
  }
}
