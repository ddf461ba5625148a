import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Facility } from '../organisations/facility.entity';
import { Certificate } from './certificates/certificate.entity';
import { CertificatesService } from './certificates/certificates.service';
import { CreditEntry } from './credit-entry.entity';
import { LedgerService } from './ledger.service';
import { LicenceType } from './licence-type.entity';
import { Licence, LicenceStatus } from './licence.entity';
import { LicencesService, visibleStatus } from './licences.service';
import { Eligibility } from './licensing.model';
import { WorkerPosting } from './worker-posting.entity';
import { Worker } from './worker.entity';

type Ctx = { req: object };

/** Per-request loaders: a list of workers with their licences and facilities costs one query per field. */
class LicensingLoaders {
  constructor(
    private readonly db: DataSource,
    private readonly certificates: CertificatesService,
  ) {}

  readonly licencesOfWorker = new DataLoader<string, Licence[]>(async (ids) => {
    const rows = await this.db.getRepository(Licence).find({ where: { workerId: In([...ids]) }, order: { issuedOn: 'DESC' } });
    return ids.map((id) => rows.filter((l) => l.workerId === id));
  });

  readonly facility = new DataLoader<string, Facility | undefined>(async (ids) => {
    const rows = await this.db.getRepository(Facility).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((f) => f.id === id));
  });

  readonly certificatesOfWorker = new DataLoader<Worker, Certificate[], string>(
    async (workers) => {
      await this.certificates.issueDue([...workers]);
      const rows = await this.db.getRepository(Certificate).find({ where: { workerId: In(workers.map((w) => w.id)) }, order: { issuedAt: 'DESC' } });
      return workers.map((w) => rows.filter((c) => c.workerId === w.id));
    },
    { cacheKeyFn: (worker) => worker.id },
  );

  readonly type = new DataLoader<string, LicenceType | undefined>(async (ids) => {
    const rows = await this.db.getRepository(LicenceType).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((t) => t.id === id));
  });
}

const perRequest = new WeakMap<object, LicensingLoaders>();
function loaders(db: DataSource, certificates: CertificatesService, ctx: Ctx) {
  let found = perRequest.get(ctx.req);
  if (!found) perRequest.set(ctx.req, (found = new LicensingLoaders(db, certificates)));
  return found;
}

// The root queries and mutations that return workers and licences have checked access to them.
@Resolver(() => Worker)
export class WorkerFieldsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledgers: LedgerService,
    private readonly certificateService: CertificatesService,
  ) {}

  @ResolveField(() => Facility)
  facility(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return loaders(this.db, this.certificateService, ctx).facility.load(worker.facilityId);
  }

  @ResolveField(() => [Licence])
  licences(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return loaders(this.db, this.certificateService, ctx).licencesOfWorker.load(worker.id);
  }

  @ResolveField(() => [CreditEntry], { description: 'The credit ledger, newest first' })
  ledger(@Parent() worker: Worker) {
    return this.ledgers.entries(worker.id);
  }

  @ResolveField(() => [Certificate], { description: 'Certificates, newest first; completion certificates earned meanwhile are issued first' })
  certificates(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return loaders(this.db, this.certificateService, ctx).certificatesOfWorker.load(worker);
  }

  @ResolveField(() => [WorkerPosting], { description: 'Postings across facilities, newest first' })
  postings(@Parent() worker: Worker) {
    return this.db.getRepository(WorkerPosting).find({ where: { workerId: worker.id }, order: { startedOn: 'DESC' } });
  }
}

@Resolver(() => Licence)
export class LicenceFieldsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly licences: LicencesService,
    private readonly certificateService: CertificatesService,
  ) {}

  @ResolveField(() => LicenceStatus, { description: 'active, expiring (within 90 days), lapsed, suspended or revoked' })
  status(@Parent() licence: Licence) {
    return visibleStatus(licence);
  }

  @ResolveField(() => LicenceType)
  type(@Parent() licence: Licence, @Context() ctx: Ctx) {
    return loaders(this.db, this.certificateService, ctx).type.load(licence.licenceTypeId);
  }

  @ResolveField(() => Eligibility, { description: 'Credits of the current cycle against the renewal requirement' })
  async eligibility(@Parent() licence: Licence) {
    return this.ledger.eligibility(licence, await this.licences.type(licence.licenceTypeId));
  }
}
