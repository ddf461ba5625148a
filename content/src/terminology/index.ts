export {
  applyFinding,
  createTermMatcher,
  findTerms,
  type FindTermsOptions,
  type TermConfidence,
  type TermFinding,
  type TermKind,
} from './find';
