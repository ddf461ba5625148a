import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../common/request-context';
import { Facility } from '../../organisations/facility.entity';
import { WorkerFilter } from '../licensing.inputs';
import { LicensingLoaderFactory } from '../licensing.loaders';
import { WorkerPosting } from '../worker-posting.entity';
import { WorkersService } from '../workers.service';
import { ExpiringLicencePage, WorkerImportPreview, WorkerImportResult } from './registry.model';
import { RegistryService } from './registry.service';
import { WorkerImportService } from './worker-import.service';

/** The registrar's workspace: counts for paging, expiring licences and the CSV import (exports: RegistryExportController). */
@Resolver()
export class RegistryResolver {
  constructor(
    private readonly registry: RegistryService,
    private readonly workerRecords: WorkersService,
    private readonly imports: WorkerImportService,
  ) {}

  @Query(() => Int, { description: 'How many workers `workers` pages through with this filter' })
  workerCount(@Args('filter', { type: () => WorkerFilter, nullable: true }) filter: WorkerFilter | undefined, @CurrentActor() actor?: Actor) {
    return this.workerRecords.count(this.registry.readScopes(actor), filter ?? {});
  }

  @Query(() => ExpiringLicencePage, { description: 'Active licences expiring within `days` (1-366) in the caller’s region(s), soonest first' })
  expiringLicences(
    @Args('days', { type: () => Int, defaultValue: 90 }) days: number,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentActor() actor?: Actor,
  ) {
    return this.registry.expiring(this.registry.readScopes(actor), days, { limit, offset });
  }

  @Mutation(() => WorkerImportPreview, { description: 'Checks a worker CSV (see README) row by row; writes nothing' })
  previewWorkerImport(@Args('csv') csv: string, @CurrentActor() actor?: Actor) {
    return this.imports.preview(actor, csv);
  }

  @Mutation(() => WorkerImportResult, { description: 'Checks the CSV again and registers every row in one transaction, or nothing (IMPORT_INVALID)' })
  importWorkers(@Args('csv') csv: string, @CurrentActor() actor?: Actor) {
    return this.imports.commit(actor, csv);
  }
}

// Postings are reached only through a worker the root query has checked access to.
@Resolver(() => WorkerPosting)
export class WorkerPostingFieldsResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => Facility, { nullable: true })
  facility(@Parent() posting: WorkerPosting, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).facility.load(posting.facilityId);
  }
}
