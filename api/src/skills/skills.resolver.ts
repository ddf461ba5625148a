import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, FieldOfParent } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor, type DariRequest } from '../access/request-context';
import { UUID } from '../common/scalars';
import { Checklist } from '../curricula/checklist.entity';
import { Curriculum } from '../curricula/curriculum.entity';
import { ChecklistsService } from './checklists.service';
import { SkillAssessment } from './skill-assessment.entity';
import { SkillAssessmentsService } from './skill-assessments.service';
import { RecordSkillAssessmentInput } from './skills.inputs';
import { SkillsLoaderFactory } from './skills.loaders';
import { AssessableWorker, CurriculumProgress, SkillStatus } from './skills.model';

type Ctx = { req: DariRequest };

@Resolver(() => Checklist)
export class SkillsResolver {
  constructor(
    private readonly library: ChecklistsService,
    private readonly assessments: SkillAssessmentsService,
  ) {}

  @Allow(Permission.CurriculaRead)
  @Query(() => Checklist)
  checklist(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor?: Actor) {
    return this.library.one(actor, id);
  }

  @Allow(Permission.CurriculaRead)
  @Query(() => [Checklist], {
    description: 'Supervisors and admins: every checklist; trainees: those of their curricula (enrolled in or assigned)',
  })
  checklists(@CurrentActor() actor?: Actor) {
    return this.library.list(actor);
  }

  @Allow(Permission.SkillsAssess)
  @Query(() => [AssessableWorker], {
    description: 'Workers the caller may assess (supervisors: their region) by name or registration number',
  })
  assessableWorkers(@Args('search') search: string, @CurrentActor() actor?: Actor) {
    return this.library.assessableWorkers(actor, search);
  }

  @Allow(Permission.SkillsAssess)
  @Query(() => [SkillAssessment], { description: 'A worker’s skills assessments, newest first (supervisors of their region, admins)' })
  skillAssessments(@Args('workerId', { type: () => UUID }) workerId: string, @CurrentActor() actor?: Actor) {
    return this.assessments.ofWorker(actor, workerId);
  }

  @Allow(Permission.LearningRecord)
  @Query(() => [SkillAssessment], { description: 'The signed-in trainee’s own skills assessments, newest first' })
  mySkillAssessments(@CurrentActor() actor?: Actor) {
    return this.assessments.mine(actor);
  }

  @Allow(Permission.SkillsAssess)
  @Mutation(() => SkillAssessment, {
    description: 'Records a skills checklist for a worker (audited; the same clientId twice records once)',
  })
  recordSkillAssessment(@Args('input') input: RecordSkillAssessmentInput, @CurrentActor() actor?: Actor) {
    return this.assessments.record(actor, input);
  }

  @FieldOfParent()
  @ResolveField(() => String, { description: 'Where the printable A4 checklist is downloaded' })
  pdfPath(@Parent() checklist: Checklist) {
    return `/checklists/${checklist.id}.pdf`;
  }
}

@FieldOfParent()
@Resolver(() => SkillAssessment)
export class SkillAssessmentFieldsResolver {
  constructor(private readonly loaders: SkillsLoaderFactory) {}

  // The root query that led here has checked access; checklists are content every signed-in reader may read.
  @ResolveField(() => Checklist)
  async checklist(@Parent() assessment: SkillAssessment, @Context() ctx: Ctx) {
    return (await this.loaders.for(ctx.req, ctx.req.actor!.userId).checklist.load(assessment.checklistId))!;
  }
}

@Resolver(() => Curriculum)
export class CurriculumSkillsResolver {
  constructor(private readonly loaders: SkillsLoaderFactory) {}

  @FieldOfParent()
  @ResolveField(() => [Checklist], { description: 'Skills checklists that count toward the curriculum alongside its courses' })
  async checklists(@Parent() curriculum: Curriculum, @Context() ctx: Ctx) {
    const loader = this.loaders.for(ctx.req, ctx.req.actor!.userId).checklist;
    return (await loader.loadMany(curriculum.checklistIds)).filter((c): c is Checklist => c instanceof Checklist);
  }

  @Allow(Permission.CurriculaRead)
  @ResolveField(() => CurriculumProgress, { description: 'The signed-in user’s progress: courses completed and required skills passed' })
  myProgress(@Parent() curriculum: Curriculum, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req, ctx.req.actor!.userId).progress.load(curriculum.id);
  }

  @Allow(Permission.CurriculaRead)
  @ResolveField(() => [SkillStatus], { description: 'The curriculum’s required skills and whether the signed-in user has passed each' })
  mySkills(@Parent() curriculum: Curriculum, @Context() ctx: Ctx) {
    return this.loaders.for(ctx.req, ctx.req.actor!.userId).skills.load(curriculum);
  }
}
