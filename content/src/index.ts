export * from './schema';
export * from './load';
export type { ContentError } from './front-matter';
export { formatErrors } from './format';
