import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { CertificatesService } from './certificates/certificates.service';
import { LedgerService, shiftYears } from './ledger.service';
import { LicenceType } from './licence-type.entity';
import { Licence, LicenceStatus } from './licence.entity';
import {
  AlreadyRenewedException,
  InvalidLicenceTransitionException,
  ReasonRequiredException,
  RenewalNotEligibleException,
} from './licensing.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { Worker } from './worker.entity';
import { ISO_DATE, isoDate, today } from '../common/dates';

export const EXPIRING_DAYS = 90;

/** The status a reader sees: an active licence within 90 days of expiry is `expiring`. */
export function visibleStatus(licence: Licence, on = today()): LicenceStatus {
  if (licence.status !== LicenceStatus.active) return licence.status;
  const soon = new Date(`${on}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  return licence.expiresOn <= isoDate(soon) ? LicenceStatus.expiring : LicenceStatus.active;
}

type Action = 'renewed' | 'suspended' | 'reinstated' | 'revoked';
const ALLOWED: Record<Action, LicenceStatus[]> = {
  renewed: [LicenceStatus.active, LicenceStatus.lapsed],
  suspended: [LicenceStatus.active],
  reinstated: [LicenceStatus.suspended],
  revoked: [LicenceStatus.active, LicenceStatus.suspended, LicenceStatus.lapsed],
};

/** Licence transitions: explicit operations, each in one transaction with its audit event. */
@Injectable()
export class LicencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly ledger: LedgerService,
    private readonly certificates: CertificatesService,
  ) {}

  async type(id: string, manager = this.db.manager): Promise<LicenceType> {
    const type = await manager.findOneBy(LicenceType, { id });
    if (!type) throw new NotFoundException({ ko: '면허 종류', en: 'Licence type' }, id);
    return type;
  }

  async issue(
    actorId: string,
    worker: Worker,
    input: { licenceTypeId: string; number: string; issuedOn?: string; issuingRegionId: string },
  ): Promise<Licence> {
    const type = await this.type(input.licenceTypeId);
    if (type.cadre !== worker.cadre)
      throw new BadUserInputException([`licence type ${type.id} is for ${type.cadre}, the worker is ${worker.cadre}`]);
    const issuedOn = input.issuedOn ?? today();
    if (!/^[A-Z0-9-]{4,32}$/.test(input.number)) throw new BadUserInputException(['number: 4-32 capital letters, digits or dashes']);
    const used = () => new BadUserInputException([`licence number ${input.number} is already used`]);
    return this.db
      .transaction(async (manager) => {
        if (await manager.existsBy(Licence, { number: input.number })) throw used();
        const licence = await manager.save(Licence, {
          number: input.number,
          workerId: worker.id,
          licenceTypeId: type.id,
          issuingRegionId: input.issuingRegionId,
          issuedOn,
          expiresOn: shiftYears(issuedOn, type.validityYears),
          status: LicenceStatus.active,
          statusReason: null,
          cycleStartedAt: null,
        });
        await this.audit.record(manager, {
          actorId,
          action: 'licence.issued',
          entityType: 'licence',
          entityId: licence.id,
          after: { ...licence },
        });
        return licence;
      })
      .catch((error: unknown) => {
        // The same number issued concurrently: the unique index decides, and the loser hears why.
        throw isUniqueViolation(error) ? used() : error;
      });
  }

  /**
   * Renewal needs the cycle's credits, or a written reason for an exception (recognition of prior practice).
   * The expiry moves by the validity from the old expiry; the new credit cycle starts on the renewal day.
   * It renews one cycle once. `cycle`, the expiry the caller saw, names the cycle: renewing it again is
   * refused. Unnamed, it is the current cycle, refused if that has not begun yet (renewed ahead, or issued
   * today): the server cannot tell a re-sent request from a new one, so it never renews twice by itself.
   */
  async renew(actorId: string, id: string, reason: string | undefined, cycle?: string): Promise<Licence> {
    if (cycle !== undefined && !ISO_DATE.test(cycle)) throw new BadUserInputException(['expiresOn must be a date (YYYY-MM-DD)']);
    await this.lapseIfExpired(id);
    return this.db.transaction(async (manager) => {
      const licence = await this.lock(manager, id);
      const type = await this.type(licence.licenceTypeId, manager);
      const renewed = cycle === undefined ? shiftYears(licence.expiresOn, -type.validityYears) >= today() : licence.expiresOn !== cycle;
      if (renewed) throw new AlreadyRenewedException(licence.expiresOn);
      allow('renewed', licence);
      const eligibility = await this.ledger.eligibility(licence, type, manager);
      if (!eligibility.eligible && !reason?.trim()) throw new RenewalNotEligibleException(eligibility.remaining);
      const from = licence.status === LicenceStatus.lapsed ? today() : licence.expiresOn;
      // The next cycle's credits are counted from now (the database's clock, as the ledger lines' creation time),
      // so whatever is earned after the renewal counts toward the next one, even when renewed ahead of expiry.
      const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
      const change = {
        issuedOn: today(),
        expiresOn: shiftYears(from, type.validityYears),
        status: LicenceStatus.active,
        cycleStartedAt: now,
      };
      const after = await this.write(manager, actorId, licence, 'renewed', change, reason);
      // Signed in the same transaction: no renewal without its certificate, no certificate for a rolled-back one.
      const worker = await manager.findOneByOrFail(Worker, { id: licence.workerId });
      await this.certificates.issueForRenewal(manager, actorId, worker, after, type);
      return after;
    });
  }

  suspend(actorId: string, id: string, reason: string) {
    return this.transition(actorId, id, 'suspended', reason, () => ({ status: LicenceStatus.suspended }));
  }

  reinstate(actorId: string, id: string, reason: string) {
    return this.transition(actorId, id, 'reinstated', reason, (licence) => ({
      status: licence.expiresOn < today() ? LicenceStatus.lapsed : LicenceStatus.active,
    }));
  }

  revoke(actorId: string, id: string, reason: string) {
    return this.transition(actorId, id, 'revoked', reason, () => ({ status: LicenceStatus.revoked }));
  }

  /** Topics with a minimum in the types of the user's licences that are not revoked. */
  async topicsCountingFor(userId: string): Promise<Set<string>> {
    const rows: { topic: string }[] = await this.db.query(
      `SELECT DISTINCT m ->> 'topic' AS topic FROM worker w JOIN licence l ON l.worker_id = w.id AND l.status <> 'revoked'
       JOIN licence_type t ON t.id = l.licence_type_id, jsonb_array_elements(t.topic_minimums) m
       WHERE w.user_id = $1 AND (m ->> 'hours')::numeric > 0`,
      [userId],
    );
    return new Set(rows.map((r) => r.topic));
  }

  /** Active licences past their expiry become lapsed (audited, no actor); run on reads and daily. */
  async lapseExpired(): Promise<number> {
    const expired = await this.db
      .getRepository(Licence)
      .find({ where: { status: LicenceStatus.active, expiresOn: LessThan(today()) }, select: { id: true } });
    let lapsed = 0;
    for (const { id } of expired) if (await this.lapseIfExpired(id)) lapsed++;
    return lapsed;
  }

  /** Lapses the licence if it is active and expired, as read under its lock; true if it did. */
  private lapseIfExpired(id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const licence = await this.lock(manager, id);
      if (licence.status !== LicenceStatus.active || licence.expiresOn >= today()) return false;
      await this.write(manager, null, licence, 'lapsed', { status: LicenceStatus.lapsed }, 'expired');
      return true;
    });
  }

  /** A status change decided on the row as read under its lock, so concurrent changes apply one after another. */
  private async transition(
    actorId: string,
    id: string,
    action: Exclude<Action, 'renewed'>,
    reason: string,
    change: (licence: Licence) => Partial<Licence>,
  ) {
    if (!reason?.trim()) throw new ReasonRequiredException();
    return this.db.transaction(async (manager) => {
      const licence = await this.lock(manager, id);
      allow(action, licence);
      return this.write(manager, actorId, licence, action, change(licence), reason);
    });
  }

  /** Reads the licence with `SELECT ... FOR UPDATE`: a concurrent transition waits until this one commits. */
  private async lock(manager: EntityManager, id: string): Promise<Licence> {
    const licence = await manager.findOne(Licence, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!licence) throw new NotFoundException({ ko: '면허', en: 'Licence' }, id);
    return licence;
  }

  /** Writes only the changed columns (and the reason) of the locked row, with its audit event. */
  private async write(
    manager: EntityManager,
    actorId: string | null,
    licence: Licence,
    action: string,
    change: Partial<Licence>,
    reason?: string,
  ) {
    const update = { ...change, statusReason: reason?.trim() || null };
    await manager.update(Licence, { id: licence.id }, update);
    const after = { ...licence, ...update };
    await this.audit.record(manager, {
      actorId,
      action: `licence.${action}`,
      entityType: 'licence',
      entityId: licence.id,
      before: { ...licence },
      after,
      reason,
    });
    return after;
  }
}

function allow(action: Action, licence: Licence): void {
  if (!ALLOWED[action].includes(licence.status)) throw new InvalidLicenceTransitionException(action, licence.status);
}
