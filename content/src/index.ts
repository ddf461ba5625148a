export * from './schema';
export * from './types';
export * from './load';
export type { ContentError } from './front-matter';
export { formatErrors } from './format';
export { findSouthTerms, GLOSSARY_COLUMNS, parseGlossaryTsv, type SouthTermHit } from './glossary';
export * from './terminology';
export { contentStats, type ContentStats } from './stats';
export { diffKoreanWords, type DiffOp, type DiffPart } from './diff/korean-diff';
