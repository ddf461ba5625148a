// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { CatalogueQuery } from './catalogue.generated';
import type { CourseLearningQuery } from './courseLearning.generated';
import type { MyCreditCycleQuery } from './credits.generated';
import type { MyLearningQuery } from './enrolment.generated';
import type { LessonProgressFieldsFragment } from './progress.generated';

export type { CatalogueFilter, ProgressEventInput, ProgressEventType } from '../../graphql/schema.generated';
export type { MyCreditCycleQuery };
export type CatalogueEntry = CatalogueQuery['catalogue'][number];
export type CourseLearning = CourseLearningQuery['course'];
export type CreditCycle = NonNullable<MyCreditCycleQuery['myWorker']>['licences'][number]['eligibility'];
export type MyEnrolment = MyLearningQuery['myEnrolments'][number];
export type CourseProgress = MyEnrolment['progress'];
export type LessonProgress = LessonProgressFieldsFragment;
