// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { CourseReportQuery } from './courseReport.generated';

export type CourseReport = CourseReportQuery['courseReport'];
export type TraineeProgress = CourseReport['trainees'][number];
export type ItemDifficulty = CourseReport['difficultItems'][number];
