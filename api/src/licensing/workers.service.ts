import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import type { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import type { Cadre } from '../users/cadre.enum';
import { Licence, type LicenceStatus } from './licence.entity';
import type { RegisterWorkerInput } from './licensing.inputs';
import { UserAlreadyLinkedException } from './licensing.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { Certificate } from './certificates/certificate.entity';
import { WORKER_USER_INDEX, WorkerAccountsService } from './worker-accounts.service';
import { WorkerPosting } from './worker-posting.entity';
import { Worker } from './worker.entity';
import { today } from '../common/dates';

export interface WorkerListFilter {
  facilityId?: string;
  cadre?: Cadre;
  regionId?: string;
  search?: string;
  status?: LicenceStatus;
}

export interface ScopedWorker {
  worker: Worker;
  regionId: string;
  regionPath: string;
}

/** Workers and where they are posted: the region a registrar's scope is checked against. */
@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly accounts: WorkerAccountsService,
  ) {}

  /** Registers a worker at a facility inside the actor's region, with their first posting (and account, if linkable). */
  async register(actor: Actor | undefined, permission: Permission, input: RegisterWorkerInput): Promise<Worker> {
    const signedIn = this.access.signedIn(actor);
    const [facility]: { path: string }[] = await this.db.query(
      `SELECT r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.id = $1`,
      [input.facilityId],
    );
    if (!facility) throw new NotFoundException({ ko: '병원', en: 'Facility' }, input.facilityId);
    this.access.requireResource(signedIn, permission, { regionPath: facility.path });
    const taken = () => new BadUserInputException([`registration number ${input.registrationNumber} is already registered`]);
    return this.db
      .transaction(async (manager) => {
        if (await manager.existsBy(Worker, { registrationNumber: input.registrationNumber })) throw taken();
        if (input.userId) await this.accounts.assertLinkable(manager, signedIn, input.userId);
        const worker = await manager.save(Worker, { ...input, userId: input.userId ?? null });
        await manager.save(WorkerPosting, { workerId: worker.id, facilityId: input.facilityId, startedOn: today(), endedOn: null });
        await this.audit.record(manager, {
          actorId: signedIn.userId,
          action: 'worker.registered',
          entityType: 'worker',
          entityId: worker.id,
          after: { ...worker },
        });
        return worker;
      })
      .catch((error: unknown) => {
        // A concurrent registration took the account or the number first.
        if (isUniqueViolation(error, WORKER_USER_INDEX)) throw new UserAlreadyLinkedException(input.userId!);
        throw isUniqueViolation(error) ? taken() : error;
      });
  }

  /** The worker, if the actor may act on them with `permission` in the region of their current facility. */
  async require(actor: Actor | undefined, permission: Permission, workerId: string): Promise<ScopedWorker> {
    const signedIn = this.access.signedIn(actor);
    const rows: { region_id: string; path: string }[] = await this.db
      .query(
        `SELECT r.id AS region_id, r.path FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id WHERE w.id = $1`,
        [workerId],
      )
      .catch(() => []);
    const worker = rows.length ? await this.db.getRepository(Worker).findOneBy({ id: workerId }) : null;
    if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, workerId);
    this.access.requireResource(signedIn, permission, { regionPath: rows[0].path });
    return { worker, regionId: rows[0].region_id, regionPath: rows[0].path };
  }

  async requireForLicence(actor: Actor | undefined, permission: Permission, licenceId: string): Promise<ScopedWorker> {
    const licence = await this.db
      .getRepository(Licence)
      .findOneBy({ id: licenceId })
      .catch(() => null);
    if (!licence) throw new NotFoundException({ ko: '면허', en: 'Licence' }, licenceId);
    return this.require(actor, permission, licence.workerId);
  }

  /** The certificate's holder, for an actor with the permission in the holder's region. */
  async requireForCertificate(actor: Actor | undefined, permission: Permission, certificateId: string): Promise<ScopedWorker> {
    const certificate = await this.db
      .getRepository(Certificate)
      .findOneBy({ id: certificateId })
      .catch(() => null);
    if (!certificate) throw new NotFoundException({ ko: '증서', en: 'Certificate' }, certificateId);
    return this.require(actor, permission, certificate.workerId);
  }

  /** The worker's postings across facilities, newest first. */
  postings(workerId: string): Promise<WorkerPosting[]> {
    return this.db.getRepository(WorkerPosting).find({ where: { workerId }, order: { startedOn: 'DESC' } });
  }

  mine(userId: string): Promise<Worker | null> {
    return this.db.getRepository(Worker).findOneBy({ userId });
  }
}
