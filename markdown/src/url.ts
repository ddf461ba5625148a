// The content guide allows web, mail and relative URLs only.
const ALLOWED_PROTOCOL = /^(https?|mailto)$/i;
// As in the WHATWG URL parser: a scheme is whatever precedes a colon that comes before any `/`, `?` or `#`.
const PROTOCOL = /^([^:/?#]*):/;

/** The URL of a link or image if the policy allows it (web, mail or relative), else null. */
export function allowedUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed === '') return null;
  const protocol = PROTOCOL.exec(trimmed)?.[1];
  return protocol === undefined || ALLOWED_PROTOCOL.test(protocol) ? trimmed : null;
}

/** An absolute http(s) URL: the only kind printed on paper or opened from a PDF. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
