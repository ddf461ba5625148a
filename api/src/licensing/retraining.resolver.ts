import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldOfParent } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../access/request-context';
import { Cadre } from '../users/cadre.enum';
import { LicensingLoaderFactory } from './licensing.loaders';
import { RetrainingProgress } from './licensing.model';
import { RetrainingPlan } from './retraining-plan.entity';
import { RetrainingService } from './retraining.service';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';
import { LocalDate, UUID } from '../common/scalars';

@Resolver(() => RetrainingPlan)
export class RetrainingResolver {
  constructor(
    private readonly retraining: RetrainingService,
    private readonly workerRecords: WorkersService,
    private readonly loaders: LicensingLoaderFactory,
  ) {}

  @Allow(Permission.LicencesManage)
  @Mutation(() => Int, {
    description: 'Assigns a curriculum with a due date to one worker (re-dates an existing plan; ALREADY_ASSIGNED if already due that day)',
  })
  async assignRetraining(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('curriculumId', { type: () => ID }) curriculumId: string,
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @CurrentActor() actor?: Actor,
  ) {
    await this.workerRecords.require(actor, Permission.LicencesManage, workerId);
    return this.retraining.assignOne(actor!.userId, workerId, curriculumId, dueOn);
  }

  @Allow(Permission.LicencesManage)
  @Mutation(() => Int, {
    description:
      'Assigns a curriculum to every worker (of a cadre) in a facility or region; returns how many plans were created or re-dated',
  })
  async assignRetrainingBulk(
    @Args('curriculumId', { type: () => ID }) curriculumId: string,
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @Args('facilityId', { type: () => UUID, nullable: true }) facilityId: string | undefined,
    @Args('regionId', { type: () => UUID, nullable: true }) regionId: string | undefined,
    @Args('cadre', { type: () => Cadre, nullable: true }) cadre: Cadre | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const workerIds = await this.retraining.workersInScope(actor, Permission.LicencesManage, { facilityId, regionId }, cadre);
    return this.retraining.assign(actor.userId, workerIds, curriculumId, dueOn);
  }

  @FieldOfParent()
  @ResolveField(() => RetrainingProgress)
  progress(@Parent() plan: RetrainingPlan, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).planProgress.load(plan);
  }
}

@FieldOfParent()
@Resolver(() => Worker)
export class WorkerRetrainingResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => [RetrainingPlan])
  retrainingPlans(@Parent() worker: Worker, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).retrainingPlansOf.load(worker.id);
  }
}
