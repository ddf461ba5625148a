import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldOfParent } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor, type DariRequest } from '../access/request-context';
import { Course } from '../curricula/course.entity';
import { Curriculum } from '../curricula/curriculum.entity';
import { LicencesService } from './licences.service';
import { LicensingLoaderFactory } from './licensing.loaders';
import { RetrainingPlan } from './retraining-plan.entity';
import { Worker } from './worker.entity';
import { WorkersService } from './workers.service';
import { PerRequest } from '../common/loaders';

type Ctx = { req: DariRequest };

/**
 * The trainee's own licensing record: the very Worker the registrar's worker page reads (licences with the
 * current cycle's credits, retraining plans, certificates), found by her account and never by an id she sends.
 */
@Resolver()
export class MyLicensingResolver {
  constructor(private readonly workerRecords: WorkersService) {}

  @Allow(Permission.OwnLicenceRead)
  @Query(() => Worker, {
    nullable: true,
    description:
      "The signed-in user's own worker record: licences, credits per topic, retraining plans (most urgent first), certificates; null without one",
  })
  myLicensing(@CurrentActor() actor: Actor) {
    return this.workerRecords.mine(actor.userId);
  }
}

@FieldOfParent()
@Resolver(() => RetrainingPlan)
export class RetrainingPlanCurriculumResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => Curriculum)
  curriculum(@Parent() plan: RetrainingPlan, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).curriculum.load(plan.curriculumId);
  }
}

@FieldOfParent()
@Resolver(() => Course)
export class CourseLicenceTopicResolver {
  private readonly topics = new PerRequest((userId: string) => this.licences.topicsCountingFor(userId));

  constructor(private readonly licences: LicencesService) {}

  @ResolveField(() => Boolean, {
    description: "Whether the course's topic has a minimum in the signed-in user's licence type (it counts toward her renewal)",
  })
  countsForMyLicence(@Parent() course: Course, @Context() ctx: Ctx) {
    const userId = ctx.req.actor?.userId;
    if (!userId) return false;
    return this.topics.for(ctx.req, userId).then((set) => set.has(course.topic));
  }
}
