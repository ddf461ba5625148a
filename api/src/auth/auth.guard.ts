import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { declarationOf } from '../access/access-declarations';
import type { AccessDeclaration } from '../access/access.decorators';
import { AccessService } from '../access/access.service';
import { ForbiddenException, UnauthenticatedException } from '../common/domain.exception';
import { type DariRequest, requestOf } from '../access/request-context';
import { PasswordChangeRequiredException } from './auth.exception';
import { ALLOWED_BEFORE_PASSWORD_CHANGE } from './password-change.decorator';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session-cookie';

/**
 * Global: every operation needs a valid session unless marked @Public(); while the user's password must be
 * changed, only operations marked @AllowedBeforePasswordChange() run. Then it enforces the operation's
 * declared access (@Allow(permission), @Authenticated(), @FieldOfParent()): the role-level permission here,
 * deny when nothing is declared. Region, ownership and assignment are the services' (requireResource).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declared = declarationOf(context.getHandler(), context.getClass());
    const req = requestOf(context);
    // A field resolver (GraphQL runs guards on them too): its root field has authenticated the caller.
    if (isNestedField(context)) return this.allows(declared, req);
    const isPublic = declared?.kind === 'public';
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
    if (
      req.actor.mustChangePassword &&
      !isPublic &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, [context.getHandler(), context.getClass()])
    ) {
      throw new PasswordChangeRequiredException();
    }
    return this.allows(declared, req);
  }

  private allows(declared: AccessDeclaration | undefined, req: DariRequest): boolean {
    switch (declared?.kind) {
      case 'public':
      case 'parent':
        return true;
      case 'signedIn':
        this.access.signedIn(req.actor);
        return true;
      case 'permission':
        for (const permission of declared.permissions) this.access.require(req.actor, { permission });
        return true;
      default:
        // Unreachable in a started app (AccessDeclarationsCheck): deny by default all the same.
        throw new ForbiddenException();
    }
  }
}

function isNestedField(context: ExecutionContext): boolean {
  return (
    context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().path.prev !== undefined
  );
}

export function tokenOf(req: DariRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}
