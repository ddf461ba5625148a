import type { ContentError } from './front-matter';

/** `file:line: what is wrong`, one per line, in file order. */
export function formatErrors(errors: ContentError[]): string {
  return [...errors]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map((e) => `${e.file}:${e.line}: ${e.message}`)
    .join('\n');
}
