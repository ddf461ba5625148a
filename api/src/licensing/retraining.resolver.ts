import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { BadUserInputException, NotFoundException } from '../common/domain.exception';
import { CurrentActor } from '../common/request-context';
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly retraining: RetrainingService,
    private readonly workerRecords: WorkersService,
    private readonly loaders: LicensingLoaderFactory,
  ) {}

  @Mutation(() => Int, { description: 'Assigns a curriculum with a due date to one worker (re-dates an existing plan; ALREADY_ASSIGNED if already due that day)' })
  async assignRetraining(
    @Args('workerId', { type: () => UUID }) workerId: string,
    @Args('curriculumId', { type: () => ID }) curriculumId: string,
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @CurrentActor() actor?: Actor,
  ) {
    await this.workerRecords.require(actor, Permission.LicencesManage, workerId);
    return this.retraining.assignOne(actor!.userId, workerId, curriculumId, dueOn);
  }

  @Mutation(() => Int, { description: 'Assigns a curriculum to every worker (of a cadre) in a facility or region; returns how many plans were created or re-dated' })
  async assignRetrainingBulk(
    @Args('curriculumId', { type: () => ID }) curriculumId: string,
    @Args('dueOn', { type: () => LocalDate }) dueOn: string,
    @Args('facilityId', { type: () => UUID, nullable: true }) facilityId: string | undefined,
    @Args('regionId', { type: () => UUID, nullable: true }) regionId: string | undefined,
    @Args('cadre', { type: () => Cadre, nullable: true }) cadre: Cadre | undefined,
    @CurrentActor() actor?: Actor,
  ) {
    if (!facilityId === !regionId) throw new BadUserInputException(['give either facilityId or regionId']);
    const [scope]: { path: string }[] = await this.db
      .query(
        facilityId
          ? `SELECT r.path FROM facility f JOIN region r ON r.id = f.region_id WHERE f.id = $1`
          : `SELECT path FROM region WHERE id = $1`,
        [facilityId ?? regionId],
      )
      .catch(() => []);
    if (!scope) throw new NotFoundException({ ko: facilityId ? '병원' : '지역', en: facilityId ? 'Facility' : 'Region' }, (facilityId ?? regionId)!);
    const signedIn = this.access.require(actor, { permission: Permission.LicencesManage, regionPath: scope.path });
    const workerIds = await this.retraining.workersIn(facilityId ? { facilityId } : { regionPath: scope.path }, cadre);
    return this.retraining.assign(signedIn.userId, workerIds, curriculumId, dueOn);
  }

  @ResolveField(() => RetrainingProgress)
  progress(@Parent() plan: RetrainingPlan, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).planProgress.load(plan);
  }
}

@Resolver(() => Worker)
export class WorkerRetrainingResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => [RetrainingPlan])
  retrainingPlans(@Parent() worker: Worker, @Context() ctx: { req: object }) {
    return this.loaders.for(ctx.req).retrainingPlansOf.load(worker.id);
  }
}
