import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundException } from '../common/domain.exception';
import { ContentVersion, VersionedKind } from './content-version.entity';
import { Lesson } from './lesson.entity';

export interface PublishedText {
  version: number;
  title: string;
  body: string;
}

/**
 * The published text of lessons and its version history: read by whoever revises it, written by publishing
 * (the review domain) and importing. Curricula never knows who revised what; `meta` carries that.
 */
@Injectable()
export class ContentVersionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(kind: VersionedKind, contentId: string, manager: EntityManager = this.db.manager): Promise<PublishedText> {
    const lesson = kind === VersionedKind.lesson ? await manager.findOne(Lesson, { where: { id: contentId }, select: { id: true, version: true, title: true, body: true } }) : null;
    if (!lesson) throw new NotFoundException({ ko: '강의', en: 'Lesson' }, contentId);
    return { version: lesson.version, title: lesson.title, body: lesson.body };
  }

  /** The text of one version (falls back to the current text for a version imported before history existed). */
  async version(kind: VersionedKind, contentId: string, version: number): Promise<PublishedText> {
    const found = await this.db.getRepository(ContentVersion).findOneBy({ kind, contentId, version });
    return found ? { version, title: found.title, body: found.body } : this.current(kind, contentId);
  }

  history(kind: VersionedKind, contentId: string): Promise<ContentVersion[]> {
    return this.db.getRepository(ContentVersion).find({ where: { kind, contentId }, order: { version: 'DESC' } });
  }

  /** Publishes a new version in the caller's transaction; the caller has checked it is based on `current`. */
  async publish(manager: EntityManager, kind: VersionedKind, contentId: string, text: { title: string; body: string }, meta: Record<string, unknown>): Promise<number> {
    const before = await this.current(kind, contentId, manager);
    const version = before.version + 1;
    const result = await manager.update(Lesson, { id: contentId, version: before.version }, { title: text.title, body: text.body, version });
    if (result.affected !== 1) throw new NotFoundException({ ko: '강의', en: 'Lesson' }, contentId);
    const existing = await manager.findOne(ContentVersion, { where: { kind, contentId }, select: { id: true, titleEn: true }, order: { version: 'DESC' } });
    await manager.insert(ContentVersion, { kind, contentId, version, title: text.title, titleEn: existing?.titleEn ?? '', body: text.body, meta: meta as never, source: 'review', publishedAt: new Date() });
    return version;
  }
}
