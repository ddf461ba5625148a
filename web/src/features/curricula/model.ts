// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { CourseQuery } from './course.generated';
import type { CurriculaQuery } from './curricula.generated';
import type { LessonQuery } from './lesson.generated';

export type CourseModule = CourseQuery['course']['modules'][number];
export type LessonLink = CourseModule['lessons'][number];
export type CurriculumWithCourses = CurriculaQuery['curricula'][number];
export type CourseSummary = CurriculumWithCourses['courses'][number];
export type LessonDetail = LessonQuery['lesson'];
export type Reference = LessonDetail['references'][number];
