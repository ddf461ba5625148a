import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import type { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import type { Cadre } from '../users/cadre.enum';
import { visibleStatusCondition } from './licence-status.sql';
import { Licence, type LicenceStatus } from './licence.entity';
import type { RegisterWorkerInput } from './licensing.inputs';
import { isUniqueViolation, UserAlreadyLinkedException } from './licensing.exception';
import { WORKER_USER_INDEX, WorkerAccountsService } from './worker-accounts.service';
import { WorkerPosting } from './worker-posting.entity';
import { Worker } from './worker.entity';

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
    this.access.require(signedIn, { permission, regionPath: facility.path });
    const taken = () => new BadUserInputException([`registration number ${input.registrationNumber} is already registered`]);
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(Worker, { registrationNumber: input.registrationNumber })) throw taken();
      if (input.userId) await this.accounts.assertLinkable(manager, signedIn, input.userId);
      const worker = await manager.save(Worker, { ...input, userId: input.userId ?? null });
      await manager.save(WorkerPosting, { workerId: worker.id, facilityId: input.facilityId, startedOn: new Date().toISOString().slice(0, 10), endedOn: null });
      await this.audit.record(manager, { actorId: signedIn.userId, action: 'worker.registered', entityType: 'worker', entityId: worker.id, after: { ...worker } });
      return worker;
    }).catch((error: unknown) => {
      // A concurrent registration took the account or the number first.
      if (isUniqueViolation(error, WORKER_USER_INDEX)) throw new UserAlreadyLinkedException(input.userId!);
      throw isUniqueViolation(error) ? taken() : error;
    });
  }

  /** The worker, if the actor may act on them with `permission` in the region of their current facility. */
  async require(actor: Actor | undefined, permission: Permission, workerId: string): Promise<ScopedWorker> {
    const signedIn = this.access.signedIn(actor);
    const rows: { region_id: string; path: string }[] = await this.db.query(
      `SELECT r.id AS region_id, r.path FROM worker w JOIN facility f ON f.id = w.facility_id JOIN region r ON r.id = f.region_id WHERE w.id = $1`,
      [workerId],
    ).catch(() => []);
    const worker = rows.length ? await this.db.getRepository(Worker).findOneBy({ id: workerId }) : null;
    if (!worker) throw new NotFoundException({ ko: '보건일군', en: 'Worker' }, workerId);
    this.access.require(signedIn, { permission, regionPath: rows[0].path });
    return { worker, regionId: rows[0].region_id, regionPath: rows[0].path };
  }

  async requireForLicence(actor: Actor | undefined, permission: Permission, licenceId: string): Promise<ScopedWorker> {
    const licence = await this.db.getRepository(Licence).findOneBy({ id: licenceId }).catch(() => null);
    if (!licence) throw new NotFoundException({ ko: '면허', en: 'Licence' }, licenceId);
    return this.require(actor, permission, licence.workerId);
  }

  mine(userId: string): Promise<Worker | null> {
    return this.db.getRepository(Worker).findOneBy({ userId });
  }

  /** A page of the workers inside the given region paths (null: everywhere), filtered, by name. */
  list(regionPaths: string[] | null, filter: WorkerListFilter, page = { limit: 200, offset: 0 }): Promise<Worker[]> {
    return this.filtered(regionPaths, filter)
      .orderBy('w.name', 'ASC')
      .addOrderBy('w.registration_number', 'ASC')
      .limit(Math.min(Math.max(page.limit, 1), 1000))
      .offset(Math.max(page.offset, 0))
      .getMany();
  }

  /** How many workers `list` pages through. */
  count(regionPaths: string[] | null, filter: WorkerListFilter): Promise<number> {
    return this.filtered(regionPaths, filter).getCount();
  }

  private filtered(regionPaths: string[] | null, filter: WorkerListFilter) {
    const qb = this.db
      .getRepository(Worker)
      .createQueryBuilder('w')
      .innerJoin('facility', 'f', 'f.id = w.facility_id')
      .innerJoin('region', 'r', 'r.id = f.region_id');
    if (regionPaths) qb.andWhere(`(${regionPaths.map((_, i) => `r.path LIKE :p${i}`).join(' OR ') || 'FALSE'})`, Object.fromEntries(regionPaths.map((p, i) => [`p${i}`, `${p}%`])));
    if (filter.facilityId) qb.andWhere('w.facility_id = :facilityId', { facilityId: filter.facilityId });
    if (filter.cadre) qb.andWhere('w.cadre = :cadre', { cadre: filter.cadre });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(w.name ILIKE :pattern OR w.registration_number ILIKE :pattern)', { pattern });
    }
    if (filter.regionId) qb.andWhere(`r.path LIKE (SELECT path FROM region WHERE id = :regionId) || '%'`, { regionId: filter.regionId });
    if (filter.status) {
      const { sql, params } = visibleStatusCondition('l', filter.status);
      qb.andWhere(`EXISTS (SELECT 1 FROM licence l WHERE l.worker_id = w.id AND ${sql})`, params);
    }
    return qb;
  }
}
