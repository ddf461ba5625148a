export * from './schema';
export * from './types';
export * from './load';
export type { ContentError } from './front-matter';
export { formatErrors } from './format';
export { findSouthTerms, GLOSSARY_COLUMNS, parseGlossaryTsv, type SouthTermHit } from './glossary';
export * from './terminology';
export { contentStats, type ContentStats } from './stats';
export * from './coverage';
export { glossaryAnnex, textbookText, type AnnexEntry } from './glossary-annex';
export { compareNorthKorean } from './north-korean-order';
export { diffKoreanWords, type DiffOp, type DiffPart } from './diff/korean-diff';
export {
  answerKeyProblems,
  itemToYaml,
  optionId,
  parseItemYaml,
  type ParsedItem,
  type StoredItem,
  toContentItem,
  toStoredItem,
} from './item-yaml';
export { CHECKLIST_SUFFIX } from './load-checklists';
