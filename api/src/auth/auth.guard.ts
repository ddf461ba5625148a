import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../common/public.decorator';
import { type DariRequest, requestOf } from '../access/request-context';
import { UnauthenticatedException } from '../common/domain.exception';
import { PasswordChangeRequiredException } from './auth.exception';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change.decorator';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/**
 * Global: every operation needs a valid session unless marked @Public(); while the user's password must be
 * changed, only operations marked @AllowedBeforePasswordChange() run.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const req = requestOf(context);
    // Several root fields in one request: authenticate once, but check each field's own rules.
    if (!req.actor) {
      const token = tokenOf(req);
      if (!token) {
        if (isPublic) return true;
        throw new UnauthenticatedException();
      }
      try {
        req.actor = await this.auth.authenticate(token);
      } catch (error) {
        if (!isPublic) throw error;
        return true;
      }
    }
    if (req.actor.mustChangePassword && !isPublic && !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, [context.getHandler(), context.getClass()])) {
      throw new PasswordChangeRequiredException();
    }
    return true;
  }
}

export function tokenOf(req: DariRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}
