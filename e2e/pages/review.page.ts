import type { Locator, Page } from '@playwright/test';

/** A revision under review at /review/:id: the text or its changes, threads, suggestions, terms and decisions. */
export class ReviewPage {
  readonly heading: Locator;
  readonly text: Locator;
  readonly comments: Locator;
  readonly suggestions: Locator;
  readonly editLink: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.text = main.locator('.review-text');
    this.comments = main.getByRole('listitem', { name: /^의견: / });
    this.suggestions = main.getByRole('listitem', { name: /^제안: / });
    this.editLink = main.getByRole('link', { name: '고치기' });
  }

  /** Selects `quote` in the review text as a mouse would (a DOM selection, then mouseup). */
  async select(quote: string) {
    await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; from: number }[] = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const leaf = node.parentElement?.closest('[data-offset]');
        if (!leaf || leaf.hasAttribute('data-deleted')) continue;
        nodes.push({ node: node as Text, from: all.length });
        all += node.textContent ?? '';
      }
      const start = all.indexOf(wanted);
      if (start < 0) throw new Error(`"${wanted}" is not in the review text`);
      const at = (offset: number) => {
        const hit = [...nodes].reverse().find((n) => n.from <= offset)!;
        return [hit.node, offset - hit.from] as const;
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + wanted.length));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, quote);
  }

  async comment(quote: string, body: string) {
    await this.select(quote);
    await this.page.getByRole('textbox', { name: '의견', exact: true }).fill(body);
    await this.page.getByRole('button', { name: '의견 달기' }).click();
  }

  async suggest(quote: string, replacement: string) {
    await this.select(quote);
    await this.page.getByRole('textbox', { name: '바꿀 글' }).fill(replacement);
    await this.page.getByRole('button', { name: '제안하기' }).click();
  }

  async requestChanges(note: string) {
    await this.page.getByRole('textbox', { name: /^의견 \(고칠것을 요구할 때/ }).fill(note);
    await this.page.getByRole('button', { name: '고칠것을 요구' }).click();
  }

  async approve() {
    await this.page.getByRole('button', { name: '승인', exact: true }).click();
  }

  async acceptSuggestion(quote: string) {
    await this.suggestions.filter({ hasText: quote }).getByRole('button', { name: '받아들이기' }).click();
  }

  async resolveThread(quote: string) {
    await this.comments.filter({ hasText: quote }).getByRole('button', { name: '해결로 표시' }).click();
  }

  async rejectSuggestion(quote: string) {
    await this.suggestions.filter({ hasText: quote }).getByRole('button', { name: '거절' }).click();
  }

  async publish() {
    await this.page.getByRole('button', { name: '발행하기' }).click();
  }
}
