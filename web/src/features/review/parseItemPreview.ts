import { parseDocument } from 'yaml';

/** A question item as the trainee sees it, with the answer key for faculty's preview. */
export interface PreviewItem {
  type: 'single' | 'multiple' | 'true_false' | 'case';
  stem: string;
  caseText: string | null;
  /** Options in order, ids a, b, c ...; for true/false the two statements' answers. */
  options: { id: string; text: string; correct: boolean }[];
  explanation: string;
}

export type ParsedPreview = { ok: true; item: PreviewItem } | { ok: false; errors: string[] };

const TYPES = ['single', 'multiple', 'true_false', 'case'] as const;
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);

/**
 * Parses a revision's item YAML (one item of a content/ quiz file) for the live preview. It reports what keeps
 * the item from being shown; the API checks the full content rules when the revision is saved.
 */
export function parseItemPreview(source: string): ParsedPreview {
  const doc = parseDocument(source, { prettyErrors: false });
  if (doc.errors.length) return { ok: false, errors: doc.errors.map((e) => e.message.split('\n')[0]) };
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, errors: ['the item must be a YAML mapping (stem: …, type: …)'] };
  const raw = data as Record<string, unknown>;
  const errors: string[] = [];
  const type = TYPES.find((t) => t === raw.type);
  if (!type) errors.push(`type: one of ${TYPES.join(', ')}`);
  const stem = text(raw.stem);
  if (!stem) errors.push('stem: text is required');
  const explanation = text(raw.explanation);
  if (!explanation) errors.push('explanation: text is required');
  const caseText = type === 'case' ? text(raw.case) : null;
  if (type === 'case' && !caseText) errors.push('case: text is required');
  let options: PreviewItem['options'] = [];
  if (type === 'true_false') {
    if (typeof raw.answer !== 'boolean') errors.push('answer: true or false');
    options = [true, false].map((value) => ({ id: String(value), text: String(value), correct: raw.answer === value }));
  } else if (type) {
    options = Array.isArray(raw.options)
      ? raw.options.map((o: unknown, k) => {
          const option = (o ?? {}) as { text?: unknown; correct?: unknown };
          if (!text(option.text)) errors.push(`options.${k}.text: text is required`);
          return { id: String.fromCharCode(97 + k), text: String(option.text ?? ''), correct: option.correct === true };
        })
      : [];
    if (options.length < 3 || options.length > 6) errors.push('options: 3 to 6 options');
    const correct = options.filter((o) => o.correct).length;
    if (type === 'multiple' ? correct < 2 || correct === options.length : correct !== 1) {
      errors.push(type === 'multiple' ? 'options: at least two correct and one wrong' : 'options: exactly one correct');
    }
  }
  if (errors.length || !type) return { ok: false, errors };
  return { ok: true, item: { type, stem: stem!, caseText, options, explanation: explanation! } };
}
