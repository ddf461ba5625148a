import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor, type DariRequest } from '../common/request-context';
import { Course } from '../curricula/course.entity';
import { Curriculum } from '../curricula/curriculum.entity';
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
  constructor(
    private readonly access: AccessService,
    private readonly workerRecords: WorkersService,
  ) {}

  @Query(() => Worker, { nullable: true, description: "The signed-in user's own worker record: licences, credits per topic, retraining plans (most urgent first), certificates; null without one" })
  myLicensing(@CurrentActor() actor?: Actor) {
    return this.workerRecords.mine(this.access.require(actor, { permission: Permission.OwnLicenceRead }).userId);
  }
}

@Resolver(() => RetrainingPlan)
export class RetrainingPlanCurriculumResolver {
  constructor(private readonly loaders: LicensingLoaderFactory) {}

  @ResolveField(() => Curriculum)
  curriculum(@Parent() plan: RetrainingPlan, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req).curriculum.load(plan.curriculumId);
  }
}

@Resolver(() => Course)
export class CourseLicenceTopicResolver {
  private readonly topics = new PerRequest((userId: string) => this.licenceTopics(userId));

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Boolean, { description: "Whether the course's topic has a minimum in the signed-in user's licence type (it counts toward her renewal)" })
  countsForMyLicence(@Parent() course: Course, @Context() ctx: Ctx) {
    const userId = ctx.req.actor?.userId;
    if (!userId) return false;
    return this.topics.for(ctx.req, userId).then((set) => set.has(course.topic));
  }

  /** Topics with a minimum in the types of the user's licences that are not revoked: one query per request. */
  private async licenceTopics(userId: string): Promise<Set<string>> {
    const rows: { topic: string }[] = await this.db.query(
      `SELECT DISTINCT m ->> 'topic' AS topic FROM worker w JOIN licence l ON l.worker_id = w.id AND l.status <> 'revoked'
       JOIN licence_type t ON t.id = l.licence_type_id, jsonb_array_elements(t.topic_minimums) m
       WHERE w.user_id = $1 AND (m ->> 'hours')::numeric > 0`,
      [userId],
    );
    return new Set(rows.map((r) => r.topic));
  }
}
