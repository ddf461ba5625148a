import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldOfParent } from '../../access/access.decorators';
import { Permission } from '../../access/permission';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/request-context';
import { Facility } from '../../organisations/facility.entity';
import { LicensingLoaderFactory } from '../licensing.loaders';
import { WorkerPosting } from '../worker-posting.entity';
import { FacilityCompliance } from '../licensing.model';
import { Worker } from '../worker.entity';
import { ExpiringLicencesArgs, WorkersArgs } from './registry.args';
import { ExpiringLicencePage, WorkerImportPreview, WorkerImportResult, WorkerPage } from './registry.model';
import { RegistryService } from './registry.service';
import { workerCursor } from './worker-cursor';
import { WorkerImportService } from './worker-import.service';
import { WorkerListService } from './worker-list.service';

/** The registrar's workspace: the worker list, expiring licences and the CSV import (exports: RegistryExportController). */
@Resolver()
export class RegistryResolver {
  constructor(
    private readonly registry: RegistryService,
    private readonly workerList: WorkerListService,
    private readonly imports: WorkerImportService,
  ) {}

  @Allow(Permission.LicencesRead)
  @Query(() => WorkerPage, {
    description:
      'Workers in the regions the caller may see, by name then registration number: page on with `after` (`nextCursor` or a row’s `cursor`) or back with `before` (a row’s `cursor`); `offset` is for shallow pages',
  })
  workers(@Args() args: WorkersArgs, @CurrentActor() actor: Actor) {
    return this.workerList.page(this.registry.readScopes(actor), args.filter ?? {}, args);
  }

  @Allow(Permission.LicencesRead)
  @Query(() => [FacilityCompliance], {
    description: 'Retraining plans per facility in the caller’s region(s), by facility name: done and overdue (as the CSV export)',
  })
  retrainingCompliance(@CurrentActor() actor?: Actor) {
    return this.registry.compliance(this.registry.readScopes(actor));
  }

  @Allow(Permission.LicencesRead)
  @Query(() => ExpiringLicencePage, {
    description: 'Active licences expiring within `days` (1-366) in the caller’s region(s), soonest first',
  })
  expiringLicences(@Args() args: ExpiringLicencesArgs, @CurrentActor() actor?: Actor) {
    return this.registry.expiring(this.registry.readScopes(actor), args.days, args);
  }

  @Allow(Permission.LicencesManage)
  @Mutation(() => WorkerImportPreview, { description: 'Checks a worker CSV (see README) row by row; writes nothing' })
  previewWorkerImport(@Args('csv') csv: string, @CurrentActor() actor?: Actor) {
    return this.imports.preview(actor, csv);
  }

  @Allow(Permission.LicencesManage)
  @Mutation(() => WorkerImportResult, {
    description: 'Checks the CSV again and registers every row in one transaction, or nothing (IMPORT_INVALID)',
  })
  importWorkers(@Args('csv') csv: string, @CurrentActor() actor?: Actor) {
    return this.imports.commit(actor, csv);
  }
}

// Postings are reached only through a worker the root query has checked access to.
@FieldOfParent()
@Resolver(() => WorkerPosting)
export class WorkerPostingFieldsResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => Facility, { nullable: true })
  facility(@Parent() posting: WorkerPosting, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).facility.load(posting.facilityId);
  }
}

// The list key of a worker the caller already reads (no other data), for keyset paging.
@FieldOfParent()
@Resolver(() => Worker)
export class WorkerCursorResolver {
  @ResolveField(() => String, { description: 'Where this row stands in the `workers` order: pass as `after` or `before`' })
  cursor(@Parent() worker: Worker) {
    return workerCursor(worker);
  }
}
