// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { SavedContentVersionsQuery, SavedQuizQuery } from './saved.generated';

export type SavedCourseVersions = SavedContentVersionsQuery['savedContentVersions'][number];
export type SavedContentVersion = SavedCourseVersions['lessons'][number];
export type SavedQuiz = SavedQuizQuery['quiz'];
