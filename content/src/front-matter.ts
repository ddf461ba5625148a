import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ZodType } from 'zod';

export interface ContentError {
  file: string;
  line: number;
  message: string;
}

/** Maps a path inside parsed YAML (e.g. ['items', 3, 'objective']) to its line in the file. */
export type LineOf = (path: (string | number)[]) => number;

export type ParsedYaml<T> = { ok: true; data: T; lineOf: LineOf } | { ok: false; errors: ContentError[] };
export type Parsed<T> = { ok: true; data: T; lineOf: LineOf; body: string; bodyLine: number } | { ok: false; errors: ContentError[] };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses YAML front matter and validates it, reporting every problem with the line it is on. */
export function parseFrontMatter<T>(file: string, source: string, schema: ZodType<T>): Parsed<T> {
  const match = FENCE.exec(source);
  if (!match) return { ok: false, errors: [{ file, line: 1, message: 'missing YAML front matter (--- ... ---)' }] };
  // Front matter starts on line 2 of the file (after the opening fence).
  const parsed = parseYaml(file, match[1], schema, 2);
  if (!parsed.ok) return parsed;
  const bodyStart = match[0].length;
  const leading = /^\s*/.exec(source.slice(bodyStart))![0];
  return {
    ...parsed,
    body: source.slice(bodyStart).trim(),
    bodyLine: lineCount(source.slice(0, bodyStart + leading.length)) + 1,
  };
}

/** Parses a YAML document whose first line is `firstLine` of its file, and validates it with `schema`. */
export function parseYaml<T>(file: string, text: string, schema: ZodType<T>, firstLine = 1): ParsedYaml<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ file, line: lineAt(e.pos[0]), message: `malformed YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const lineOf: LineOf = (path) => lineAt(nodeAt(doc.contents, path)?.range?.[0]);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return { file, line: lineOf(issue.path as (string | number)[]), message: `${where}${issue.message}` };
      }),
    };
  }
  return { ok: true, data: result.data, lineOf };
}

function lineCount(text: string): number {
  return text.split('\n').length - 1;
}

/** The deepest existing node along a path, so a missing field points at its parent. */
function nodeAt(root: unknown, path: (string | number)[]): Node | undefined {
  let node = root as Node | undefined;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(key, true);
    else if (isSeq(node) && typeof key === 'number') next = node.get(key, true);
    if (!next) break;
    node = next as Node;
  }
  return node;
}
