import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffKoreanWords } from '@dari/content';
import { DataSource, In } from 'typeorm';
import type { VersionedKind } from '../publishing/content-version.entity';
import { ContentVersionsService } from '../publishing/content-versions.service';
import { User } from '../users/user.entity';
import type { DiffOpType, PublishedVersion } from './review.model';

interface PublishMeta {
  revisionId?: string;
  approvals?: { reviewerId: string; at: string | null }[];
}

/** The version history of a text: each published version, its diff to the one before and who approved it. */
@Injectable()
export class VersionHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly versions: ContentVersionsService,
  ) {}

  async of(kind: VersionedKind, contentId: string): Promise<PublishedVersion[]> {
    const versions = await this.versions.history(kind, contentId);
    const reviewerIds = versions.flatMap((v) => (v.meta as PublishMeta).approvals?.map((a) => a.reviewerId) ?? []);
    const users = reviewerIds.length
      ? await this.db.getRepository(User).find({ where: { id: In(reviewerIds) }, select: { id: true, displayName: true } })
      : [];
    return versions.map((v, i) => {
      const meta = v.meta as PublishMeta;
      const previous = versions[i + 1];
      return {
        version: v.version,
        title: v.title,
        source: v.source,
        publishedAt: v.publishedAt,
        revisionId: meta.revisionId ?? null,
        approvals: (meta.approvals ?? []).map((a) => ({
          reviewerId: a.reviewerId,
          reviewerName: users.find((u) => u.id === a.reviewerId)?.displayName ?? null,
          at: a.at ? new Date(a.at) : null,
        })),
        diff: previous ? (diffKoreanWords(previous.body, v.body) as { op: DiffOpType; text: string }[]) : [],
      };
    });
  }
}
