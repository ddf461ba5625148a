import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUID } from '../../common/scalars';
import { Permission } from '../../access/permission';
import { Allow } from '../../access/access.decorators';
import type { Actor } from '../../access/actor';
import { CurrentActor } from '../../access/request-context';
import { RecordsConflictsService } from './records-conflicts.service';
import { RecordsConflict, RecordsConflictChoice, RecordsPackageApplied } from './records.model';

/** Conflicts of imported records packages and the packages applied (the files travel over HTTP: records.controller). */
@Resolver(() => RecordsConflict)
export class RecordsResolver {
  constructor(private readonly conflicts: RecordsConflictsService) {}

  @Allow(Permission.RecordsImport)
  @Query(() => [RecordsConflict], {
    description: 'Conflicts of imported records packages in your regions, oldest first (open ones unless told)',
  })
  recordsConflicts(
    @Args('open', { type: () => Boolean, defaultValue: true }) open: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<RecordsConflict[]> {
    return this.conflicts.list(actor, open);
  }

  @Allow(Permission.RecordsImport)
  @Query(() => [RecordsPackageApplied], { description: 'Records packages applied on this server, newest first' })
  recordsPackages(@CurrentActor() actor: Actor): Promise<RecordsPackageApplied[]> {
    return this.conflicts.packages(actor);
  }

  @Allow(Permission.RecordsImport)
  @Mutation(() => RecordsConflict, { description: "Settles a conflict: keep this server's record, or take the incoming one" })
  settleRecordsConflict(
    @Args('id', { type: () => UUID }) id: string,
    @Args('keep', { type: () => RecordsConflictChoice }) keep: RecordsConflictChoice,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<RecordsConflict> {
    return this.conflicts.settle(actor, id, keep, reason);
  }
}
