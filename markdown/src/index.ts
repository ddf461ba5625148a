export type { Align, Block, BlockOf, Inline } from './tree.js';
export { parseMarkdown } from './parse.js';
export { inlineText, visibleText } from './text.js';
export { allowedUrl, isWebUrl } from './url.js';
export { lintMarkdown, type MarkdownWarning } from './lint.js';
export { clinicalTokens, fidelityProblems, type FidelityOptions } from './fidelity.js';
