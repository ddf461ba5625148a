import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UUID } from '../common/scalars';
import { Allow, Authenticated, FieldOfParent } from '../access/access.decorators';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { CurrentActor, type DariRequest } from '../access/request-context';
import { PasswordResetService } from './passwords/password-reset.service';
import { RoleAssignmentInput, CreateUserInput, UpdateUserInput, UsersArgs } from './users.inputs';
import { PasswordResetCodeIssued, UserPage, UserWorker } from './users.model';
import { User } from './user.entity';
import { UserAdminService } from './user-admin.service';
import { UserDirectoryService } from './user-directory.service';

/** Accounts and roles. Who may do what where: AccountAccess over AccessService. */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly directory: UserDirectoryService,
    private readonly admin: UserAdminService,
    private readonly resets: PasswordResetService,
    private readonly access: AccessService,
  ) {}

  @Allow(Permission.UsersRead)
  @Query(() => UserPage, { description: 'Accounts the caller may read (admins: all; registrars: their region), paged' })
  users(@Args() args: UsersArgs, @CurrentActor() actor?: Actor) {
    return this.directory.list(actor, args);
  }

  @Allow(Permission.UsersRead)
  @Query(() => User)
  user(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor?: Actor) {
    return this.directory.get(actor, id);
  }

  @Allow(Permission.UsersAccounts)
  @Mutation(() => User, { description: 'Admins: any account. Registrars: a trainee account for a worker of their region (workerId)' })
  createUser(@Args('input') input: CreateUserInput, @CurrentActor() actor?: Actor) {
    return this.admin.create(actor, input);
  }

  @Allow(Permission.UsersAccounts)
  @Mutation(() => User, { description: 'Display name, cadre and locale' })
  updateUser(@Args('id', { type: () => UUID }) id: string, @Args('input') input: UpdateUserInput, @CurrentActor() actor?: Actor) {
    return this.admin.update(actor, id, input);
  }

  @Allow(Permission.UsersManage)
  @Mutation(() => User, {
    description: 'Replaces all role assignments of the user (admins only); LAST_ADMIN if no active admin would remain',
  })
  setUserRoles(
    @Args('id', { type: () => UUID }) id: string,
    @Args('roles', { type: () => [RoleAssignmentInput] }) roles: RoleAssignmentInput[],
    @CurrentActor() actor?: Actor,
  ) {
    return this.admin.setRoles(actor, id, roles);
  }

  @Allow(Permission.UsersAccounts)
  @Mutation(() => User, { description: 'The account can no longer sign in and its sessions end at once' })
  deactivateUser(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor?: Actor) {
    return this.admin.deactivate(actor, id);
  }

  @Allow(Permission.UsersAccounts)
  @Mutation(() => User)
  reactivateUser(@Args('id', { type: () => UUID }) id: string, @CurrentActor() actor?: Actor) {
    return this.admin.reactivate(actor, id);
  }

  @Allow(Permission.UsersAccounts)
  @Mutation(() => PasswordResetCodeIssued, {
    description: 'A one-time code (72 h) to set a new password on the sign-in page; replaces an unused one',
  })
  issuePasswordResetCode(@Args('userId', { type: () => UUID }) userId: string, @CurrentActor() actor?: Actor) {
    return this.resets.issue(actor, userId);
  }

  @FieldOfParent()
  @ResolveField(() => [String], { description: 'Names of the permissions the user’s roles grant (some only within a region)' })
  permissions(@Parent() user: User): string[] {
    return this.access.permissionsOf(user.roles);
  }

  @Authenticated()
  @ResolveField(() => UserWorker, { nullable: true, description: 'The worker this account belongs to' })
  worker(@Parent() user: User, @Context() ctx: { req: DariRequest }) {
    const { actor } = ctx.req;
    // Users appear elsewhere too (a revision's author): their registry record only to themselves and account readers.
    const mayRead = actor && (actor.userId === user.id || this.access.can(actor, { permission: Permission.UsersRead }));
    return mayRead ? this.directory.workerOf(ctx.req, user.id) : null;
  }
}
