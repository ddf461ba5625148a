import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
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
    const event = manager.create(AuditEvent, {
      ...input,
      before: input.before ?? null,
      after: input.after ?? null,
      reason: input.reason ?? null,
    });
    await manager.save(event);
  }
}
