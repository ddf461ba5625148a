import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainEvents } from '../common/domain-events';
import { NotFoundException } from '../common/domain.exception';
import { bumpSharedVersion } from '../database/shared-version';
import { ContentVersion, VersionedKind } from './content-version.entity';
import { type StoredText, VERSIONED_TEXTS } from './versioned-texts';

export interface PublishedText {
  version: number;
  title: string;
  body: string;
}

/**
 * The published text of lessons, written textbook sections and question items (as YAML) and its version
 * history: read by whoever revises it, written by publishing (the review domain) and importing. Curricula never
 * knows who revised what; `meta` carries that.
 */
@Injectable()
export class ContentVersionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async current(kind: VersionedKind, contentId: string, manager: EntityManager = this.db.manager): Promise<PublishedText> {
    const { version, title, body } = await this.stored(kind, contentId, manager);
    return { version, title, body };
  }

  /** Refuses a text that could not be published (e.g. an item's YAML that does not parse); nothing is saved. */
  check(kind: VersionedKind, contentId: string, body: string, manager: EntityManager = this.db.manager): Promise<void> {
    return VERSIONED_TEXTS[kind].check(manager, contentId, body);
  }

  /** The text of one version (falls back to the current text for a version imported before history existed). */
  async version(kind: VersionedKind, contentId: string, version: number): Promise<PublishedText> {
    const found = await this.db.getRepository(ContentVersion).findOneBy({ kind, contentId, version });
    return found ? { version, title: found.title, body: found.body } : this.current(kind, contentId);
  }

  history(kind: VersionedKind, contentId: string): Promise<ContentVersion[]> {
    return this.db.getRepository(ContentVersion).find({ where: { kind, contentId }, order: { version: 'DESC' } });
  }

  /**
   * Publishes a new version in the caller's transaction; the caller has checked it is based on `current`.
   * `source` says where it came from: `review` (a reviewed revision) or `package` (another install's version).
   */
  async publish(
    manager: EntityManager,
    kind: VersionedKind,
    contentId: string,
    text: { title: string; body: string },
    meta: Record<string, unknown>,
    { source = 'review', publishedAt = new Date() }: { source?: string; publishedAt?: Date } = {},
  ): Promise<number> {
    const texts = VERSIONED_TEXTS[kind];
    const before = await this.stored(kind, contentId, manager);
    const version = before.version + 1;
    const { written, title } = await texts.write(manager, contentId, before.version, text, version);
    if (!written) throw new NotFoundException(texts.label, contentId);
    // Content imported before its kind kept history has no row for the base version: keep it, as imported.
    const base = { kind, contentId, titleEn: before.titleEn, publishedAt: null };
    await manager
      .createQueryBuilder()
      .insert()
      .into(ContentVersion)
      .values({ ...base, version: before.version, title: before.title, body: before.body, meta: {}, source: 'import' } as never)
      .orIgnore()
      .execute();
    await manager.insert(ContentVersion, { ...base, version, title, body: text.body, meta: meta as never, source, publishedAt });
    // Those who learn from the text hear of it in the same transaction (curricula does not know who they are).
    const actorId = typeof meta.publishedBy === 'string' ? meta.publishedBy : null;
    await this.events.emit('content.published', { manager, kind, contentId, version, title, actorId });
    if (kind === VersionedKind.lesson) await bumpSharedVersion(manager, 'curricula'); // titles in course outlines
    return version;
  }

  private async stored(kind: VersionedKind, contentId: string, manager: EntityManager): Promise<StoredText> {
    const texts = VERSIONED_TEXTS[kind];
    const found = await texts.read(manager, contentId);
    if (!found) throw new NotFoundException(texts.label, contentId);
    return found;
  }
}
