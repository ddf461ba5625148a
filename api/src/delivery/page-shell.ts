import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The built index.html (its CSS link and module scripts included) with a server-rendered page inside `#root`.
 * The app mounts over it once its own page is ready (web `main.tsx`); no inline script is needed, so the CSP
 * stays `script-src 'self'`.
 */
export class PageShell {
  private constructor(private readonly template: string) {}

  static load(webDist: string): PageShell | undefined {
    const file = join(webDist, 'index.html');
    if (!existsSync(file)) return undefined;
    const template = readFileSync(file, 'utf8');
    if (!template.includes('<div id="root"></div>')) return undefined;
    return new PageShell(template);
  }

  render(title: string, bodyHtml: string): string {
    return this.template
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} · 다리</title>`)
      .replace('<div id="root"></div>', () => `<div id="root"><div data-server-rendered="">${bodyHtml}</div></div>`);
  }
}
