import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { Authenticated } from '../access/access.decorators';
import type { Actor } from '../access/actor';
import { Public } from '../common/public.decorator';
import { CurrentActor, type DariRequest } from '../access/request-context';
import { NotFoundException } from '../common/domain.exception';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayload, ChangePasswordArgs, LoginArgs, ResetPasswordArgs } from './auth.args';
import { AuthService } from './auth.service';
import { AllowedBeforePasswordChange } from './password-change.decorator';
import { PasswordService } from './password.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

interface HttpContext {
  req: DariRequest;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args() { username, password }: LoginArgs, @Context() { req, res }: HttpContext): Promise<AuthPayload> {
    const { token, session, user } = await this.auth.login(username, password, {
      address: addressOf(req),
      userAgent: req.headers['user-agent'],
    });
    setSessionCookie(req, res, token, session.absoluteExpiresAt);
    return { accessToken: token, expiresAt: session.expiresAt, user };
  }

  @Authenticated()
  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Ends this session on the server; the token stops working at once.' })
  async logout(@CurrentActor() actor: Actor, @Context() { res }: HttpContext): Promise<boolean> {
    const { sessionId } = actor;
    await this.auth.logout(sessionId);
    clearSessionCookie(res);
    return true;
  }

  @Authenticated()
  @AllowedBeforePasswordChange()
  @Mutation(() => Boolean, { description: 'Sets a new password (the current one required); the user’s other sessions end.' })
  async changePassword(
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @CurrentActor() actor: Actor,
    @Context() { req }: HttpContext,
  ) {
    await this.passwords.change(actor, currentPassword, newPassword, addressOf(req));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with a one-time reset code; rate-limited like login. Sign in afterwards.' })
  async resetPasswordWithCode(@Args() { username, code, newPassword }: ResetPasswordArgs, @Context() { req }: HttpContext) {
    await this.passwords.reset(username, code, newPassword, addressOf(req));
    return true;
  }

  @Authenticated()
  @AllowedBeforePasswordChange()
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor): Promise<User> {
    const { userId } = actor;
    const user = await this.users.findWithRoles(userId);
    if (!user) throw new NotFoundException({ ko: '사용자', en: 'User' }, userId);
    return user;
  }
}

const addressOf = (req: DariRequest) => req.ip ?? req.socket.remoteAddress ?? 'unknown';
