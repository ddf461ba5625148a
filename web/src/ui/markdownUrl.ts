import { defaultUrlTransform } from 'react-markdown';

// The content guide allows only these; react-markdown's default would also keep irc: and xmpp:.
const ALLOWED_PROTOCOL = /^(https?|mailto)$/i;
// Same rule as react-markdown's: a protocol is whatever precedes a colon that comes before any `/`, `?` or `#`.
const PROTOCOL = /^([^:/?#]*):/;
// Content bodies refer to figures as `media/<name>.svg`; the API serves them at `/media/`.
const MEDIA = /^(\.\/)?media\//;

/** URL transform for Markdown links and images: web, mail and relative URLs only, figures resolved. */
export function markdownUrl(url: string): string {
  const safe = defaultUrlTransform(url);
  const protocol = PROTOCOL.exec(safe)?.[1];
  if (protocol !== undefined && !ALLOWED_PROTOCOL.test(protocol)) return '';
  return safe.replace(MEDIA, '/media/');
}
