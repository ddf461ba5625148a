import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor } from '../common/request-context';
import { UUID } from '../common/scalars';
import { Checklist } from '../curricula/checklist.entity';
import { Curriculum } from '../curricula/curriculum.entity';
import { ChecklistsService } from './checklists.service';
import { SkillAssessment } from './skill-assessment.entity';
import { SkillAssessmentsService } from './skill-assessments.service';
import { RecordSkillAssessmentInput } from './skills.inputs';
import { AssessableWorker, CurriculumProgress, SkillStatus } from './skills.model';

@Resolver(() => Checklist)
export class SkillsResolver {
  constructor(
    private readonly library: ChecklistsService,
    private readonly assessments: SkillAssessmentsService,
  ) {}

  @Query(() => Checklist)
  checklist(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor?: Actor) {
    return this.library.one(actor, id);
  }

  @Query(() => [Checklist], { description: 'Supervisors and admins: every checklist; trainees: those of their curricula (enrolled in or assigned)' })
  checklists(@CurrentActor() actor?: Actor) {
    return this.library.list(actor);
  }

  @Query(() => [AssessableWorker], { description: 'Workers the caller may assess (supervisors: their region) by name or registration number' })
  assessableWorkers(@Args('search') search: string, @CurrentActor() actor?: Actor) {
    return this.library.assessableWorkers(actor, search);
  }

  @Query(() => [SkillAssessment], { description: 'A worker’s skills assessments, newest first (supervisors of their region, admins)' })
  skillAssessments(@Args('workerId', { type: () => UUID }) workerId: string, @CurrentActor() actor?: Actor) {
    return this.assessments.ofWorker(actor, workerId);
  }

  @Query(() => [SkillAssessment], { description: 'The signed-in trainee’s own skills assessments, newest first' })
  mySkillAssessments(@CurrentActor() actor?: Actor) {
    return this.assessments.mine(actor);
  }

  @Mutation(() => SkillAssessment, { description: 'Records a skills checklist for a worker (audited; the same clientId twice records once)' })
  recordSkillAssessment(@Args('input') input: RecordSkillAssessmentInput, @CurrentActor() actor?: Actor) {
    return this.assessments.record(actor, input);
  }

  @ResolveField(() => String, { description: 'Where the printable A4 checklist is downloaded' })
  pdfPath(@Parent() checklist: Checklist) {
    return `/checklists/${checklist.id}.pdf`;
  }
}

@Resolver(() => SkillAssessment)
export class SkillAssessmentFieldsResolver {
  constructor(private readonly library: ChecklistsService) {}

  @ResolveField(() => Checklist)
  checklist(@Parent() assessment: SkillAssessment, @CurrentActor() actor?: Actor) {
    return this.library.one(actor, assessment.checklistId);
  }
}

@Resolver(() => Curriculum)
export class CurriculumSkillsResolver {
  constructor(
    private readonly library: ChecklistsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [Checklist], { description: 'Skills checklists that count toward the curriculum alongside its courses' })
  checklists(@Parent() curriculum: Curriculum) {
    return this.library.ofCurriculum(curriculum);
  }

  @ResolveField(() => CurriculumProgress, { description: 'The signed-in user’s progress: courses completed and required skills passed' })
  myProgress(@Parent() curriculum: Curriculum, @CurrentActor() actor?: Actor) {
    const signedIn = this.access.require(actor, { permission: Permission.CurriculaRead });
    return this.library.progress(signedIn.userId, curriculum.id);
  }

  @ResolveField(() => [SkillStatus], { description: 'The curriculum’s required skills and whether the signed-in user has passed each' })
  mySkills(@Parent() curriculum: Curriculum, @CurrentActor() actor?: Actor) {
    const signedIn = this.access.require(actor, { permission: Permission.CurriculaRead });
    return this.library.skills(signedIn.userId, curriculum);
  }
}
