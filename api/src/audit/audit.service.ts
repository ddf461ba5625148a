import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEvent } from './audit-event.entity';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  reason?: string;
}

@Injectable()
export class AuditService {
  /** Records inside the caller's transaction, so the change and its audit event commit together. */
  async record(manager: EntityManager, input: AuditInput): Promise<void> {
    await manager.save(this.event(manager, input));
  }

  /** Many events in one INSERT (bulk operations), inside the caller's transaction. */
  async recordMany(manager: EntityManager, inputs: AuditInput[]): Promise<void> {
    // The JSON columns' Record type is wider than TypeORM's insert typing allows; the rows are whole events.
    if (inputs.length)
      await manager.insert(AuditEvent, inputs.map((input) => this.event(manager, input)) as QueryDeepPartialEntity<AuditEvent>[]);
  }

  private event(manager: EntityManager, input: AuditInput): AuditEvent {
    return manager.create(AuditEvent, { ...input, before: input.before ?? null, after: input.after ?? null, reason: input.reason ?? null });
  }
}
