import type { Block } from '@dari/markdown';

/**
 * What the schema's `JSON` scalar carries: every JSON field (`bodyTree`, `prefaceTree`) is a Markdown text as
 * parsed by @dari/markdown on the server (api/schema.gql says so on each field). web/codegen.ts maps the
 * scalar here; a JSON field of another shape would need its own scalar in the API.
 */
export type MarkdownTree = Block[];
