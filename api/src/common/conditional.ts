import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** Part of validators of generated files: an upgrade (a restart) may change how they are generated. */
export const SERVER_INSTANCE = `${process.pid}-${Date.now()}`;

/** A strong validator from the bytes (or the inputs) a response is made of. */
export function etagOf(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}

/** Whether an `If-None-Match` header names this ETag (weak comparison, as RFC 9110 asks for GET). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * Sets the ETag and answers 304 with no body when the client already holds this version; returns true then.
 * Private downloads stay out of shared caches but may be kept and revalidated by the browser.
 */
export function notModified(req: Request, res: Response, etag: string, cacheControl = 'private, no-cache'): boolean {
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cacheControl);
  if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return false;
  res.status(304).end();
  return true;
}
