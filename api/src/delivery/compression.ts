import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * Dynamic text responses (GraphQL JSON, CSV exports, server-rendered pages, the service worker) are compressed
 * on the way out, brotli when accepted (quality 4: fast enough per request), else gzip. Responses that carry
 * their own encoding (pre-compressed build files) are left alone, and so are PDFs: `compressible` does not list
 * application/pdf, and their page streams are already Flate-compressed (gzip would save ~1 % for the CPU).
 */
export function compressResponses() {
  return compression({
    // Low enough for the app's page itself (index.html is ~600 bytes): below this, the headers cost more than they save.
    threshold: 256,
    filter: (req: Request, res: Response) => !res.getHeader('Content-Encoding') && compression.filter(req, res),
  });
}
