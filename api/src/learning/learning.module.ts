import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CurriculaModule } from '../curricula/curricula.module';
import { CompletionReader } from './completion-reader';
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
import { LearningEventHandlers } from './learning-events';
import { LearningLoaderFactory } from './learning.loaders';
import { LearningResolver } from './learning.resolver';
import { OfflineContentService } from './offline-content.service';
import { OfflineQuizAttemptsService } from './offline-quiz-attempts.service';
import { OfflineResolver, QuizOfflineResolver } from './offline.resolver';
import { ProgressService } from './progress.service';
import { QuizAttemptsService } from './quiz-attempts.service';

@Module({
  imports: [NotificationsModule, CurriculaModule],
  providers: [
    LearningEventHandlers,
    OfflineContentService,
    OfflineQuizAttemptsService,
    OfflineResolver,
    QuizOfflineResolver,
    CompletionReader,
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
  exports: [CompletionReader, CompletionService],
})
export class LearningModule {}
