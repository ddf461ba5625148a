import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Worker imports send a whole CSV file (up to 5,000 rows) in one GraphQL request. */
export const MAX_BODY = '4mb';

/**
 * The built web app needs only its own origin: module scripts, CSS files (React sets style properties, which
 * CSP allows; inline style attributes of libraries need 'unsafe-inline' for styles only), fonts, `data:`
 * images (QR codes) and its service worker. No inline script is allowed.
 */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Installs on a LAN are often plain http: upgrading requests would break them.
  upgradeInsecureRequests: null,
};

const problem = (res: Response, status: number, code: string, ko: string, en: string) =>
  res.status(status).json({ code, messageKo: ko, messageEn: en, message: `${ko} / ${en}` });

/**
 * Security headers, proxy trust and request-level refusals, applied before anything else handles a request:
 * a path with a NUL byte (or broken escapes) is 400; a malformed or too large JSON body is 400/413 as JSON.
 */
export function hardenHttp(app: NestExpressApplication, trustProxy: boolean | number | string) {
  app.disable('x-powered-by');
  // Behind a TLS proxy, `req.secure` (and so the session cookie's Secure flag) follows X-Forwarded-Proto.
  app.set('trust proxy', trustProxy);
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES }, strictTransportSecurity: false }));
  app.use(refuseBadPaths);
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use(answerBodyErrors);
}

function refuseBadPaths(req: Request, res: Response, next: NextFunction) {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return problem(res, 400, 'BAD_REQUEST', '요청 주소가 올바르지 않습니다.', 'The request path is not valid.');
  }
  if (path.includes('\0')) return problem(res, 400, 'BAD_REQUEST', '요청 주소가 올바르지 않습니다.', 'The request path is not valid.');
  next();
}

function answerBodyErrors(error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) {
  if (error.type === 'entity.too.large') {
    return problem(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `요청이 너무 큽니다 (최대 ${MAX_BODY}).`,
      `The request is too large (at most ${MAX_BODY}).`,
    );
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    return problem(
      res,
      error.status,
      'BAD_REQUEST',
      '요청 본문을 읽을 수 없습니다 (JSON이 아닙니다).',
      'The request body could not be read (not valid JSON).',
    );
  }
  next(error);
}
