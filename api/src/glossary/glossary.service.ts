import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import type { PageOf } from '../common/paging/page';
import type { PageArgs } from '../common/paging/page.args';
import { offsetPage } from '../common/paging/paging';
import { normalizeTerm, rowProblems, toGlossaryCsv } from './glossary-csv';
import { DECIDED_STATUSES, GlossaryEntry, GlossaryStatus } from './glossary-entry.entity';
import { GlossaryEntryExistsException, InvalidGlossaryTransitionException } from './glossary.exception';
import type { GlossaryFilter, ProposeGlossaryEntryInput } from './glossary.inputs';
import { TerminologyService } from './terminology.service';

const ENTRY = { ko: '용어', en: 'Glossary entry' };
/** What trainees and registrars see: terms with a source or a faculty confirmation. */
export const PUBLISHED_STATUSES = [GlossaryStatus.attested, GlossaryStatus.confirmed];

/** The audited state of an entry (before/after in audit events). */
export function snapshot(e: GlossaryEntry): Record<string, unknown> {
  const { southTerm, northTerm, relation, domain, note, source, status, proposedBy, decidedBy, decisionNote } = e;
  return { southTerm, northTerm, relation, domain, note, source, status, proposedBy, decidedBy, decisionNote };
}

/** Glossary reads and faculty's changes: propose, confirm, reject; every change in a transaction with its audit event. */
@Injectable()
export class GlossaryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly terminology: TerminologyService,
    private readonly access: AccessService,
  ) {}

  /** The statuses the actor reads: published entries, and every status for those who work on the glossary. */
  visibleTo(actor: Actor): GlossaryStatus[] {
    return this.access.can(actor, { permission: Permission.GlossaryWork }) ? Object.values(GlossaryStatus) : PUBLISHED_STATUSES;
  }

  /** Entries whose South or North Korean term contains the query (exact matches first), by South term. */
  search(filter: GlossaryFilter, visible: GlossaryStatus[], page: Partial<PageArgs>): PageOf<GlossaryEntry> {
    const statuses = filter.statuses?.length ? filter.statuses.filter((s) => visible.includes(s)) : visible;
    const qb = this.db
      .getRepository(GlossaryEntry)
      .createQueryBuilder('e')
      .where('e.status IN (:...statuses)', { statuses: statuses.length ? statuses : ['none'] });
    if (filter.relation) qb.andWhere('e.relation = :relation', { relation: filter.relation });
    if (filter.domain) qb.andWhere('e.domain = :domain', { domain: filter.domain });
    const query = filter.query ? normalizeTerm(filter.query) : '';
    if (query) {
      const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(e.south_term ILIKE :like OR e.north_term ILIKE :like)', { like })
        .addSelect('CASE WHEN e.south_term = :query OR e.north_term = :query THEN 0 ELSE 1 END', 'exactness')
        .setParameter('query', query)
        .orderBy('exactness', 'ASC')
        .addOrderBy('e.south_term', 'ASC');
    } else qb.orderBy('e.south_term', 'ASC');
    qb.addOrderBy('e.north_term', 'ASC');
    return offsetPage(
      page,
      (limit, offset) => qb.clone().take(limit).skip(offset).getMany(),
      () => qb.clone().getCount(),
    );
  }

  async get(id: string, visible: GlossaryStatus[]): Promise<GlossaryEntry> {
    const entry = await this.db.getRepository(GlossaryEntry).findOneBy({ id, status: In(visible) });
    if (!entry) throw new NotFoundException(ENTRY, id);
    return entry;
  }

  async propose(actorId: string, input: ProposeGlossaryEntryInput): Promise<GlossaryEntry> {
    const row = {
      southTerm: normalizeTerm(input.southTerm),
      northTerm: normalizeTerm(input.northTerm),
      relation: input.relation,
      domain: input.domain?.trim() ?? '',
      note: input.note?.trim() ?? '',
      source: input.source?.trim() ?? '',
      status: GlossaryStatus.proposed,
    };
    const problems = rowProblems(row);
    if (problems.length > 0) throw new BadUserInputException(problems);
    try {
      const entry = await this.db.transaction(async (manager) => {
        const existing = await manager.findOneBy(GlossaryEntry, { southTerm: row.southTerm, northTerm: row.northTerm });
        if (existing) throw new GlossaryEntryExistsException(row.southTerm, row.northTerm, existing.status);
        const saved = await manager.save(manager.create(GlossaryEntry, { ...row, proposedBy: actorId }));
        await this.audit.record(manager, {
          actorId,
          action: 'glossary.proposed',
          entityType: 'glossary_entry',
          entityId: saved.id,
          after: snapshot(saved),
        });
        return saved;
      });
      this.terminology.invalidate();
      return entry;
    } catch (e) {
      // Two proposals of the same pair at once: the unique constraint decides, the loser gets the same error.
      if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') {
        throw new GlossaryEntryExistsException(row.southTerm, row.northTerm, GlossaryStatus.proposed);
      }
      throw e;
    }
  }

  /** Faculty confirm a proposed (or attested) entry: it becomes the preferred North Korean term. */
  confirm(actorId: string, id: string, note: string | undefined): Promise<GlossaryEntry> {
    return this.decide(actorId, id, GlossaryStatus.confirmed, note?.trim() || null);
  }

  /** Faculty reject an entry that is not confirmed: it is kept for the record and never matched again. */
  reject(actorId: string, id: string, reason: string): Promise<GlossaryEntry> {
    if (!reason?.trim()) throw new BadUserInputException(['a reason is required to reject an entry']);
    return this.decide(actorId, id, GlossaryStatus.rejected, reason.trim());
  }

  async exportCsv(statuses: GlossaryStatus[]): Promise<string> {
    const entries = await this.db
      .getRepository(GlossaryEntry)
      .find({ where: { status: In(statuses) }, order: { southTerm: 'ASC', northTerm: 'ASC' } });
    return toGlossaryCsv(entries);
  }

  private async decide(actorId: string, id: string, status: GlossaryStatus, note: string | null): Promise<GlossaryEntry> {
    const action = status === GlossaryStatus.confirmed ? 'confirmed' : 'rejected';
    const entry = await this.db.transaction(async (manager: EntityManager) => {
      const before = await manager.findOneBy(GlossaryEntry, { id });
      if (!before) throw new NotFoundException(ENTRY, id);
      if (DECIDED_STATUSES.includes(before.status)) throw new InvalidGlossaryTransitionException(action, before.status);
      const change = { status, decidedBy: actorId, decidedAt: new Date(), decisionNote: note };
      // Guarded on the status read: of two concurrent decisions only one applies.
      const result = await manager.update(GlossaryEntry, { id, status: before.status }, change);
      if (!result.affected) throw new InvalidGlossaryTransitionException(action, 'changed');
      const after = { ...before, ...change };
      await this.audit.record(manager, {
        actorId,
        action: `glossary.${action}`,
        entityType: 'glossary_entry',
        entityId: id,
        before: snapshot(before),
        after: snapshot(after),
        reason: note ?? undefined,
      });
      return manager.findOneByOrFail(GlossaryEntry, { id });
    });
    this.terminology.invalidate();
    return entry;
  }
}
