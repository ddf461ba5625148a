import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FieldOfParent } from '../access/access.decorators';
import { Facility } from '../organisations/facility.entity';
import { Certificate } from './certificates/certificate.entity';
import { CreditEntry } from './credit-entry.entity';
import { LedgerService } from './ledger.service';
import { LicenceType } from './licence-type.entity';
import { LicensingLoaderFactory } from './licensing.loaders';
import { Licence, LicenceStatus } from './licence.entity';
import { LicencesService, visibleStatus } from './licences.service';
import { Eligibility } from './licensing.model';
import { WorkerPosting } from './worker-posting.entity';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';

type Ctx = { req: object };

// The root queries and mutations that return workers and licences have checked access to them.
@FieldOfParent()
@Resolver(() => Worker)
export class WorkerFieldsResolver {
  constructor(
    private readonly ledgers: LedgerService,
    private readonly workers: WorkersService,
    private readonly loaders: LicensingLoaderFactory,
  ) {}

  @ResolveField(() => Facility)
  facility(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).facility.load(worker.facilityId);
  }

  @ResolveField(() => [Licence])
  licences(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).licencesOfWorker.load(worker.id);
  }

  @ResolveField(() => [CreditEntry], { description: 'The credit ledger, newest first' })
  ledger(@Parent() worker: Worker) {
    return this.ledgers.entries(worker.id);
  }

  @ResolveField(() => [Certificate], {
    description: 'Certificates, newest first; completion certificates earned meanwhile are issued first',
  })
  certificates(@Parent() worker: Worker, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).certificatesOfWorker.load(worker);
  }

  @ResolveField(() => [WorkerPosting], { description: 'Postings across facilities, newest first' })
  postings(@Parent() worker: Worker) {
    return this.workers.postings(worker.id);
  }
}

@FieldOfParent()
@Resolver(() => Licence)
export class LicenceFieldsResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly licences: LicencesService,
    private readonly loaders: LicensingLoaderFactory,
  ) {}

  @ResolveField(() => LicenceStatus, { description: 'active, expiring (within 90 days), lapsed, suspended or revoked' })
  status(@Parent() licence: Licence) {
    return visibleStatus(licence);
  }

  @ResolveField(() => LicenceType)
  type(@Parent() licence: Licence, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).type.load(licence.licenceTypeId);
  }

  @ResolveField(() => Eligibility, { description: 'Credits of the current cycle against the renewal requirement' })
  async eligibility(@Parent() licence: Licence) {
    return this.ledger.eligibility(licence, await this.licences.type(licence.licenceTypeId));
  }
}
