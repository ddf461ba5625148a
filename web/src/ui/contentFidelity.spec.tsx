import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fidelityProblems } from '@dari/markdown';
import { render } from '@testing-library/react';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { AttemptResult } from '../features/quizzes/AttemptResult';
import type { AttemptItem, QuizAttempt } from '../features/quizzes/model';
import { MarkdownView } from './MarkdownView';

// Every text of content/ rendered by the components trainees read it in, checked against its source: no number,
// range, unit or drug name lost or reordered, no Korean text dropped, nothing struck out or hidden.
const CONTENT = join(__dirname, '../../../content');
const files = ['curricula', 'textbooks']
  .flatMap((folder) => (readdirSync(join(CONTENT, folder), { recursive: true }) as string[]).map((file) => join(CONTENT, folder, file)))
  .sort();
const where = (file: string) => relative(join(CONTENT, '..'), file);

/** The Markdown body after the front matter. */
function body(file: string): string {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

interface QuizItem {
  id: string;
  type: AttemptItem['type'];
  stem: string;
  case?: string;
  options?: { text: string }[];
  explanation: string;
}

const markdownFiles = files.filter((file) => file.endsWith('.md'));
const quizFiles = files.filter((file) => file.endsWith('.quiz.yaml'));

describe('content as trainees read it on screen', () => {
  it('covers the content folder', () => {
    expect(markdownFiles.length).toBeGreaterThan(40);
    expect(quizFiles.length).toBeGreaterThan(20);
  });

  it.each(markdownFiles.map((file) => [where(file), file]))('%s shows every number, unit, drug and word of its source', (_, file) => {
    const source = body(file);
    const { container } = render(<MarkdownView markdown={source} />);

    expect(container.querySelectorAll('del, s, strike, [hidden], [style*="display: none"], [style*="line-through"]')).toHaveLength(0);
    container.querySelectorAll('[data-ui]').forEach((element) => element.remove());
    expect(fidelityProblems(source, container.textContent ?? '', { exact: true })).toEqual([]);
  });

  it.each(quizFiles.map((file) => [where(file), file]))('%s shows every item as written', (_, file) => {
    const items = (parse(readFileSync(file, 'utf8')) as { items: QuizItem[] }).items;
    const attemptItems: AttemptItem[] = items.map((item) => ({
      __typename: 'AttemptItem',
      id: item.id,
      type: item.type,
      stem: item.stem,
      caseText: item.case ?? null,
      options: (item.options ?? []).map((option, index) => ({ __typename: 'AttemptOption', id: String(index), text: option.text })),
      chosen: [],
      correct: false,
      correctOptionIds: [],
      explanation: item.explanation,
    }));
    const attempt: QuizAttempt = {
      __typename: 'QuizAttempt',
      id: 'a',
      number: 1,
      startedAt: '',
      submittedAt: '',
      score: 0,
      passed: false,
      items: attemptItems,
    };
    const { container } = render(<AttemptResult attempt={attempt} />);

    const shown = [...container.querySelectorAll('.item-review')];
    expect(shown).toHaveLength(items.length);
    items.forEach((item, index) => {
      const source = [item.case ?? '', item.stem, ...(item.options ?? []).map((option) => option.text), item.explanation].join('\n');
      expect(fidelityProblems(source, shown[index].textContent ?? '', { exact: false }), `${where(file)} item ${item.id}`).toEqual([]);
    });
  });
});
