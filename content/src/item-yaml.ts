import { stringify } from 'yaml';
import type { ContentError } from './front-matter';
import { parseYaml } from './front-matter';
import { type Item, itemSchema } from './schema';
import type { ItemContent } from './types';

/** A question item as stored: options with letter ids, the answer key as correct option ids (or 'true'/'false'). */
export interface StoredItem {
  id: string;
  type: Item['type'];
  objective: number;
  stem: string;
  caseText: string | null;
  options: { id: string; text: string }[];
  correct: string[];
  explanation: string;
}

/** Option ids are their letters a, b, c ... in file order. */
export const optionId = (index: number) => String.fromCharCode(97 + index);

/** Problems the schema cannot see: how many options are correct for the item's type. */
export function answerKeyProblems(item: Item): string[] {
  if (!('options' in item)) return [];
  const correct = item.options.filter((o) => o.correct).length;
  if ((item.type === 'single' || item.type === 'case') && correct !== 1)
    return [`options: a ${item.type} item needs exactly one correct option, found ${correct}`];
  if (item.type === 'multiple' && (correct < 2 || correct === item.options.length)) {
    return [`options: a multiple item needs at least two correct options and one wrong, found ${correct} of ${item.options.length}`];
  }
  return [];
}

/** The item in the format of one item of a content/ quiz file. */
export function toContentItem(item: StoredItem): Item {
  const base = { id: item.id, type: item.type, objective: item.objective };
  const options = item.options.map((o) => ({ text: o.text, ...(item.correct.includes(o.id) ? { correct: true as const } : {}) }));
  if (item.type === 'true_false')
    return { ...base, type: 'true_false', stem: item.stem, answer: item.correct[0] === 'true', explanation: item.explanation };
  if (item.type === 'case')
    return { ...base, type: 'case', case: item.caseText ?? '', stem: item.stem, options, explanation: item.explanation };
  return { ...base, type: item.type, stem: item.stem, options, explanation: item.explanation };
}

/** The stored row of an item read from a quiz file (or a revision's YAML). */
export function toStoredItem(item: Item | ItemContent): StoredItem {
  const options =
    'options' in item
      ? (item.options as { text: string; correct?: boolean }[]).map((o, k) => ({
          id: optionId(k),
          text: o.text,
          correct: o.correct === true,
        }))
      : [];
  return {
    id: item.id,
    type: item.type,
    objective: item.objective,
    stem: item.stem,
    caseText: item.type === 'case' ? item.case : null,
    options: options.map(({ id, text }) => ({ id, text })),
    correct: item.type === 'true_false' ? [String(item.answer)] : options.filter((o) => o.correct).map((o) => o.id),
    explanation: item.explanation,
  };
}

/** One item as YAML, exactly as it is written in a quiz file's `items` list. */
export function itemToYaml(item: StoredItem): string {
  return stringify(toContentItem(item), { lineWidth: 0 });
}

export type ParsedItem = { ok: true; item: Item } | { ok: false; errors: ContentError[] };

/** Parses and checks one item's YAML (schema and answer key); every problem with its line. */
export function parseItemYaml(text: string): ParsedItem {
  const parsed = parseYaml('item', text, itemSchema);
  if (!parsed.ok) return parsed;
  const problems = answerKeyProblems(parsed.data);
  if (problems.length)
    return { ok: false, errors: problems.map((message) => ({ file: 'item', line: parsed.lineOf(['options']), message })) };
  return { ok: true, item: parsed.data };
}
