import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Public } from '../common/public.decorator';
import { CurrentActor, type DariRequest } from '../common/request-context';
import { NotFoundException } from '../common/domain.exception';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayload, LoginArgs } from './auth.args';
import { AuthService } from './auth.service';
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
    private readonly access: AccessService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args() { username, password }: LoginArgs, @Context() { req, res }: HttpContext): Promise<AuthPayload> {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const { token, session, user } = await this.auth.login(username, password, { address, userAgent: req.headers['user-agent'] });
    setSessionCookie(req, res, token, session.absoluteExpiresAt);
    return { accessToken: token, expiresAt: session.expiresAt, user };
  }

  @Mutation(() => Boolean, { description: 'Ends this session on the server; the token stops working at once.' })
  async logout(@CurrentActor() actor: Actor | undefined, @Context() { res }: HttpContext): Promise<boolean> {
    const { sessionId } = this.access.signedIn(actor);
    await this.auth.logout(sessionId);
    clearSessionCookie(res);
    return true;
  }

  @Query(() => User, { description: 'The signed-in user.' })
  async me(@CurrentActor() actor: Actor | undefined): Promise<User> {
    const { userId } = this.access.signedIn(actor);
    const user = await this.users.findWithRoles(userId);
    if (!user) throw new NotFoundException({ ko: '사용자', en: 'User' }, userId);
    return user;
  }
}
