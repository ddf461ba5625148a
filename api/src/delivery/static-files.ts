import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { chooseEncoding, type Encoding } from './encoding';

/** A built file and the pre-compressed copies the web build wrote beside it. */
export interface WebFile {
  file: string;
  encoded: Partial<Record<Encoding, string>>;
}

const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Hashed file names change with their content, so a year and `immutable` is safe; everything else is revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/** Every file of the built app by URL path, read once at start (the build never changes under a running server). */
export function indexWebDist(dist: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  if (!existsSync(dist)) return files;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // `.vite/` holds the build's manifest, for build tools only.
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path);
      else if (!path.endsWith('.br') && !path.endsWith('.gz')) {
        const encoded: WebFile['encoded'] = {};
        for (const encoding of Object.keys(SUFFIX) as Encoding[]) {
          if (existsSync(path + SUFFIX[encoding]) && statSync(path + SUFFIX[encoding]).isFile())
            encoded[encoding] = path + SUFFIX[encoding];
        }
        files.set('/' + relative(dist, path).split(sep).join('/'), { file: path, encoded });
      }
    }
  };
  walk(dist);
  return files;
}

/**
 * Sends a built file: the smallest pre-compressed copy the client accepts (`Content-Encoding`, `Vary`), its own
 * type, the cache rule of its path, and an ETag of the copy sent, so `If-None-Match` gets a 304.
 */
export function sendWebFile(req: Request, res: Response, next: NextFunction, urlPath: string, webFile: WebFile) {
  const encoding = chooseEncoding(req.headers['accept-encoding'], Object.keys(webFile.encoded) as Encoding[]);
  res.vary('Accept-Encoding');
  res.type(extname(webFile.file));
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.sendFile(
    encoding ? webFile.encoded[encoding]! : webFile.file,
    {
      headers: { 'Cache-Control': cacheControlFor(urlPath) },
      cacheControl: false,
      // A byte range of a compressed copy is not a range of the file the client asked for.
      acceptRanges: !encoding,
      dotfiles: 'allow',
      etag: true,
      lastModified: true,
    },
    (error?: Error) => {
      if (error && !res.headersSent) next(error);
    },
  );
}

/** Paths the server answers itself: never the web app's page when missing. */
const SERVER_PATHS = [
  /^\/graphql/,
  /^\/health/,
  /^\/media\//,
  /^\/exports\//,
  /^\/packages\//,
  /^\/\.well-known\//,
  /^\/certificates\/[^/]+\.(pdf|json)$/,
  /\.pdf$/,
];

/** Whether a request is a browser navigating to one of the app's pages (so it gets index.html). */
export function isAppNavigation(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (SERVER_PATHS.some((pattern) => pattern.test(req.path))) return false;
  // A missing script or style is a 404, not a page: a stale chunk must fail loudly, not parse HTML as JavaScript.
  if (req.path.startsWith('/assets/') || extname(req.path) !== '') return false;
  return true;
}

/**
 * The built web app: its files as they are, and index.html for every app page the server does not render
 * itself (those come earlier, as routes). Runs after the API's routes.
 */
export function serveWebDist(dist: string): RequestHandler {
  const files = indexWebDist(dist);
  const index = files.get('/index.html');
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path === '/' ? '/index.html' : req.path);
    if (file) return sendWebFile(req, res, next, req.path === '/' ? '/index.html' : req.path, file);
    if (index && isAppNavigation(req)) return sendWebFile(req, res, next, '/index.html', index);
    next();
  };
}
