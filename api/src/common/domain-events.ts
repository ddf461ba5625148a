import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What one domain announces and another acts on, so that neither imports the other (learning and licensing,
 * curricula and learning). Events with a `manager` are emitted inside the announcing transaction and their
 * handlers write in it; the others are emitted after commit.
 */
export interface DomainEventMap {
  /** Learning, after commit: the user completed every course of these curricula. */
  'curricula.completed': { userId: string; curriculumIds: string[] };
  /** Curricula, in the publishing transaction: a new version of a text was published. */
  'content.published': { manager: EntityManager; kind: string; contentId: string; version: number; title: string; actorId: string | null };
  /** Licensing, in the assigning transaction: these users were assigned the curriculum (an implied enrolment). */
  'retraining.assigned': { manager: EntityManager; userIds: string[]; curriculumId: string };
}

type Handler<K extends keyof DomainEventMap> = (event: DomainEventMap[K]) => Promise<void>;

@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<keyof DomainEventMap, Handler<never>[]>();

  on<K extends keyof DomainEventMap>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as Handler<never>]);
  }

  /** Runs the handlers one after another (they may share a transaction); a failure reaches the emitter. */
  async emit<K extends keyof DomainEventMap>(name: K, event: DomainEventMap[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await (handler as Handler<K>)(event);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
