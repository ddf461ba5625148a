import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import { type ContentError, parseFrontMatter } from './front-matter';

/** State shared while loading one content tree: where it is, the errors and warnings so far, and every id seen. */
export interface Ctx {
  root: string;
  errors: ContentError[];
  /** Not wrong, but fragile: reported by `content:validate` without failing it. */
  warnings: ContentError[];
  seen: Map<string, string>;
}

export function createCtx(root: string): Ctx {
  return { root, errors: [], warnings: [], seen: new Map() };
}

export function fail(ctx: Ctx, file: string, line: number, message: string) {
  ctx.errors.push({ file, line, message });
}

/** Ids are unique across all content (progress, credits and review history are keyed by them). */
export function claimId(ctx: Ctx, id: string, file: string, line: number) {
  const previous = ctx.seen.get(id);
  if (previous) fail(ctx, file, line, `duplicate id "${id}" (also in ${previous})`);
  else ctx.seen.set(id, file);
}

/** Reads a Markdown file with front matter whose id must equal `expectedId`. */
export function readMarkdown<T extends { id: string }>(ctx: Ctx, path: string, expectedId: string, schema: ZodType<T>) {
  const file = relative(ctx.root, path);
  if (!existsSync(path)) {
    fail(ctx, file, 1, 'file is missing');
    return undefined;
  }
  const parsed = parseFrontMatter(file, readFileSync(path, 'utf8'), schema);
  if (!parsed.ok) {
    ctx.errors.push(...parsed.errors);
    return undefined;
  }
  const { id } = parsed.data;
  const idLine = parsed.lineOf(['id']);
  if (id !== expectedId) fail(ctx, file, idLine, `id "${id}" must match its file or folder name "${expectedId}"`);
  claimId(ctx, id, file, idLine);
  return { data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, file, lineOf: parsed.lineOf };
}

export function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}
