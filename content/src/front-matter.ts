import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ZodType } from 'zod';

export interface ContentError {
  file: string;
  line: number;
  message: string;
}

export type Parsed<T> = { ok: true; data: T; body: string } | { ok: false; errors: ContentError[] };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses YAML front matter and validates it, reporting every problem with the line it is on. */
export function parseFrontMatter<T>(file: string, source: string, schema: ZodType<T>): Parsed<T> {
  const match = FENCE.exec(source);
  if (!match) return { ok: false, errors: [{ file, line: 1, message: 'missing YAML front matter (--- ... ---)' }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter, prettyErrors: false });
  // Front matter starts on line 2 of the file (after the opening fence).
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line + 1);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ file, line: lineOf(e.pos[0]), message: `malformed YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const node = nodeAt(doc.contents, issue.path as (string | number)[]);
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return { file, line: lineOf(node?.range?.[0]), message: `${where}${issue.message}` };
      }),
    };
  }
  return { ok: true, data: result.data, body: source.slice(match[0].length) };
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
