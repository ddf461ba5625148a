import { Module } from '@nestjs/common';
import { CurriculaModule } from '../curricula/curricula.module';
import { CompletionService } from './completion.service';
import { CourseReportService } from './course-report.service';
import { EnrolmentsService } from './enrolments.service';
import {
  CourseCompletionFieldsResolver,
  CourseLearningResolver,
  EnrolmentFieldsResolver,
  LessonLearningResolver,
  QuizLearningResolver,
} from './learning-fields.resolver';
import { LearningLoaderFactory } from './learning.loaders';
import { LearningResolver } from './learning.resolver';
import { ProgressService } from './progress.service';
import { QuizAttemptsService } from './quiz-attempts.service';

@Module({
  imports: [CurriculaModule],
  providers: [
    CompletionService,
    CourseReportService,
    EnrolmentsService,
    ProgressService,
    QuizAttemptsService,
    LearningLoaderFactory,
    LearningResolver,
    CourseLearningResolver,
    LessonLearningResolver,
    QuizLearningResolver,
    EnrolmentFieldsResolver,
    CourseCompletionFieldsResolver,
  ],
})
export class LearningModule {}
