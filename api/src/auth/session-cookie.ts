import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'dari_session';

/** httpOnly so page scripts never see the token; SameSite=Strict against cross-site requests. */
export function setSessionCookie(req: Request, res: Response, token: string, expires: Date) {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', expires });
}

export function clearSessionCookie(res: Response) {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
