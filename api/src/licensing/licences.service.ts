import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { CertificatesService } from './certificates/certificates.service';
import { LedgerService, shiftYears } from './ledger.service';
import { LicenceType } from './licence-type.entity';
import { Licence, LicenceStatus } from './licence.entity';
import { InvalidLicenceTransitionException, ReasonRequiredException, RenewalNotEligibleException } from './licensing.exception';
import { Worker } from './worker.entity';

export const EXPIRING_DAYS = 90;
const today = () => new Date().toISOString().slice(0, 10);

/** The status a reader sees: an active licence within 90 days of expiry is `expiring`. */
export function visibleStatus(licence: Licence, on = today()): LicenceStatus {
  if (licence.status !== LicenceStatus.active) return licence.status;
  const soon = new Date(`${on}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + EXPIRING_DAYS);
  return licence.expiresOn <= soon.toISOString().slice(0, 10) ? LicenceStatus.expiring : LicenceStatus.active;
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

  async get(id: string): Promise<Licence> {
    const licence = await this.db.getRepository(Licence).findOneBy({ id });
    if (!licence) throw new NotFoundException({ ko: '면허', en: 'Licence' }, id);
    return licence;
  }

  async type(id: string): Promise<LicenceType> {
    const type = await this.db.getRepository(LicenceType).findOneBy({ id });
    if (!type) throw new NotFoundException({ ko: '면허 종류', en: 'Licence type' }, id);
    return type;
  }

  async issue(actorId: string, worker: Worker, input: { licenceTypeId: string; number: string; issuedOn?: string; issuingRegionId: string }): Promise<Licence> {
    const type = await this.type(input.licenceTypeId);
    if (type.cadre !== worker.cadre) throw new BadUserInputException([`licence type ${type.id} is for ${type.cadre}, the worker is ${worker.cadre}`]);
    const issuedOn = input.issuedOn ?? today();
    if (!/^[A-Z0-9-]{4,32}$/.test(input.number)) throw new BadUserInputException(['number: 4-32 capital letters, digits or dashes']);
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(Licence, { number: input.number })) throw new BadUserInputException([`licence number ${input.number} is already used`]);
      const licence = await manager.save(Licence, {
        number: input.number, workerId: worker.id, licenceTypeId: type.id, issuingRegionId: input.issuingRegionId,
        issuedOn, expiresOn: shiftYears(issuedOn, type.validityYears), status: LicenceStatus.active, statusReason: null,
      });
      await this.audit.record(manager, { actorId, action: 'licence.issued', entityType: 'licence', entityId: licence.id, after: { ...licence } });
      return licence;
    });
  }

  /** Renewal needs the cycle's credits, or a written reason for an exception (recognition of prior practice). */
  async renew(actorId: string, id: string, reason?: string): Promise<Licence> {
    const licence = await this.lapseIfExpired(await this.get(id));
    const type = await this.type(licence.licenceTypeId);
    const eligibility = await this.ledger.eligibility(licence, type);
    if (!eligibility.eligible && !reason?.trim()) throw new RenewalNotEligibleException(eligibility.remaining);
    const from = licence.status === LicenceStatus.lapsed ? today() : licence.expiresOn;
    const worker = await this.db.getRepository(Worker).findOneByOrFail({ id: licence.workerId });
    const change = { issuedOn: today(), expiresOn: shiftYears(from, type.validityYears), status: LicenceStatus.active };
    // The renewal certificate is signed in the same transaction: no renewal without its certificate.
    return this.transition(actorId, licence, 'renewed', change, reason, (manager, renewed) =>
      this.certificates.issueForRenewal(manager, actorId, worker, renewed, type),
    );
  }

  suspend(actorId: string, id: string, reason: string) {
    return this.withReason(reason, async () => this.transition(actorId, await this.get(id), 'suspended', { status: LicenceStatus.suspended }, reason));
  }

  reinstate(actorId: string, id: string, reason: string) {
    return this.withReason(reason, async () => {
      const licence = await this.get(id);
      const status = licence.expiresOn < today() ? LicenceStatus.lapsed : LicenceStatus.active;
      return this.transition(actorId, licence, 'reinstated', { status }, reason);
    });
  }

  revoke(actorId: string, id: string, reason: string) {
    return this.withReason(reason, async () => this.transition(actorId, await this.get(id), 'revoked', { status: LicenceStatus.revoked }, reason));
  }

  /** Active licences past their expiry become lapsed (audited, no actor); run on reads and daily. */
  async lapseExpired(): Promise<number> {
    const expired = await this.db.getRepository(Licence).findBy({ status: LicenceStatus.active, expiresOn: LessThan(today()) });
    for (const licence of expired) await this.lapseIfExpired(licence);
    return expired.length;
  }

  private async lapseIfExpired(licence: Licence): Promise<Licence> {
    if (licence.status !== LicenceStatus.active || licence.expiresOn >= today()) return licence;
    return this.db.transaction((manager) => this.write(manager, null, licence, 'lapsed', { status: LicenceStatus.lapsed }, 'expired'));
  }

  private async withReason(reason: string, run: () => Promise<Licence>): Promise<Licence> {
    if (!reason?.trim()) throw new ReasonRequiredException();
    return run();
  }

  private async transition(
    actorId: string,
    licence: Licence,
    action: Action,
    change: Partial<Licence>,
    reason?: string,
    then?: (manager: EntityManager, after: Licence) => Promise<unknown>,
  ): Promise<Licence> {
    if (!ALLOWED[action].includes(licence.status)) throw new InvalidLicenceTransitionException(action, licence.status);
    return this.db.transaction(async (manager) => {
      const after = await this.write(manager, actorId, licence, action, change, reason);
      await then?.(manager, after);
      return after;
    });
  }

  private async write(manager: EntityManager, actorId: string | null, licence: Licence, action: string, change: Partial<Licence>, reason?: string) {
    const after = { ...licence, ...change, statusReason: reason?.trim() || null };
    // Guarded on the status read, so two concurrent transitions cannot both apply.
    const result = await manager.update(Licence, { id: licence.id, status: licence.status }, after);
    if (result.affected !== 1) throw new InvalidLicenceTransitionException(action, 'changed meanwhile');
    await this.audit.record(manager, { actorId, action: `licence.${action}`, entityType: 'licence', entityId: licence.id, before: { ...licence }, after, reason });
    return after;
  }
}
