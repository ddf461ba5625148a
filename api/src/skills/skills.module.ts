import { Module } from '@nestjs/common';
import { LearningModule } from '../learning/learning.module';
import { LicensingModule } from '../licensing/licensing.module';
import { ChecklistPdfRenderer } from './checklist-pdf.renderer';
import { ChecklistsController } from './checklists.controller';
import { ChecklistsService } from './checklists.service';
import { SkillAssessmentsService } from './skill-assessments.service';
import { SkillsLoaderFactory } from './skills.loaders';
import { CurriculumSkillsResolver, SkillAssessmentFieldsResolver, SkillsResolver } from './skills.resolver';

/** Skills checklists: reading and printing them, supervisors' assessments, and skills in curriculum progress. */
@Module({
  imports: [LearningModule, LicensingModule],
  controllers: [ChecklistsController],
  providers: [
    ChecklistsService,
    SkillAssessmentsService,
    SkillsLoaderFactory,
    ChecklistPdfRenderer,
    SkillsResolver,
    SkillAssessmentFieldsResolver,
    CurriculumSkillsResolver,
  ],
})
export class SkillsModule {}
