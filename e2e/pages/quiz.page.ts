import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** A question of a quiz as written in content/: its option texts and the ones a correct answer checks. */
export interface KeyItem {
  stem: string;
  options: string[];
  correct: string[];
}

// The server's options of a true/false item.
const TRUE = '맞다';
const FALSE = '틀리다';

const unquote = (value: string) => (value.startsWith('"') ? (JSON.parse(value) as string) : value);

/**
 * The answer key of a quiz YAML (`*.quiz.yaml`): test-side knowledge, the browser never gets it. Reads only the
 * fields it needs, line by line (options in block or flow style), and fails loudly when an item has no correct
 * answer (the layout changed).
 */
export function readAnswerKey(path: string): KeyItem[] {
  const items: KeyItem[] = [];
  let item: KeyItem | undefined;
  // Inside a block scalar stem (`stem: |`), whose text is on the following, more indented lines.
  let blockStem = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    let match: RegExpExecArray | null;
    if (blockStem && (match = /^ {6}(\S.*)$/.exec(line))) {
      item!.stem = item!.stem ? `${item!.stem} ${match[1].trim()}` : match[1].trim();
      continue;
    }
    blockStem = false;
    if (/^ {2}- id: /.test(line)) {
      item = { stem: '', options: [], correct: [] };
      items.push(item);
    } else if (!item) {
      continue;
    } else if (/^ {4}stem: [|>]-?$/.test(line)) {
      blockStem = true;
    } else if ((match = /^ {4}stem: (.+)$/.exec(line))) {
      item.stem = unquote(match[1]);
    } else if ((match = /^ {6}- \{ text: ("(?:[^"\\]|\\.)*"|[^,}]+)(, correct: true)? \}$/.exec(line))) {
      // An option in flow style: `- { text: "...", correct: true }`.
      item.options.push(unquote(match[1].trim()));
      if (match[2]) item.correct.push(item.options[item.options.length - 1]);
    } else if ((match = /^ {6}- text: (.+)$/.exec(line))) {
      item.options.push(unquote(match[1]));
    } else if (/^ {8}correct: true$/.test(line)) {
      item.correct.push(item.options[item.options.length - 1]);
    } else if ((match = /^ {4}answer: (true|false)$/.exec(line))) {
      item.options = [TRUE, FALSE];
      item.correct = [match[1] === 'true' ? TRUE : FALSE];
    }
  }
  const unreadable = items.filter((candidate) => !candidate.stem || candidate.correct.length === 0);
  if (items.length === 0 || unreadable.length > 0) throw new Error(`Cannot read the answer key of ${path}`);
  return items;
}

const sameOptions = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** A quiz (`/quizzes/<id>`): its status, an attempt's questions (shuffled by the server) and the result. */
export class QuizPage {
  readonly heading: Locator;
  readonly start: Locator;
  readonly submit: Locator;
  /** One group per question, named "문제 N". */
  readonly questions: Locator;
  readonly result: Locator;
  readonly explanations: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.start = main.getByRole('button', { name: /^시험 (시작|계속하기)$/ });
    this.submit = main.getByRole('button', { name: '답안 제출' });
    this.questions = main.getByRole('group', { name: /^문제 \d+$/ });
    this.result = main.getByRole('region', { name: '시험결과' });
    this.explanations = this.result.getByRole('heading', { name: '해설' });
    this.error = main.getByRole('alert');
  }

  /** Checks the correct options of every question, found in the key by the question's options. */
  async answerCorrectly(key: KeyItem[]) {
    const count = await this.questions.count();
    for (let index = 0; index < count; index += 1) {
      const question = this.questions.nth(index);
      const options = (await question.locator('label').allInnerTexts()).map((text) => text.trim());
      const stem = (await question.locator('.question__stem').innerText()).trim();
      const item = key.find((candidate) => sameOptions(candidate.options, options) && (candidate.stem === stem || options.length > 2));
      if (!item) throw new Error(`No answer key for question "${stem}"`);
      for (const text of item.correct) await question.getByLabel(text, { exact: true }).check();
    }
  }
}
