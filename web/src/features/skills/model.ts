// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { AssessableWorkersQuery, ChecklistFieldsFragment, MyCurriculumSkillsQuery } from './skills.generated';

export type { SkillOutcome } from '../../graphql/schema.generated';
export type ChecklistStep = Omit<ChecklistFieldsFragment['steps'][number], '__typename'>;
export type CurriculumProgress = MyCurriculumSkillsQuery['curricula'][number]['myProgress'];
export type SkillStatus = MyCurriculumSkillsQuery['curricula'][number]['mySkills'][number];
export type AssessableWorker = AssessableWorkersQuery['assessableWorkers'][number];
