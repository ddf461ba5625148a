import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Allow, FieldOfParent } from '../access/access.decorators';
import { AccessService } from '../access/access.service';
import type { Actor } from '../access/actor';
import { Permission } from '../access/permission';
import { ForbiddenException } from '../common/domain.exception';
import { Role } from '../access/role.enum';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';

class Fields {
  @Allow(Permission.LearningRecord)
  offlineItems() {}

  @FieldOfParent()
  title() {}

  forgotten() {}
}

const reviewer: Actor = {
  userId: 'u',
  username: 'u',
  sessionId: 's',
  assignments: [{ role: Role.reviewer, regionId: null, regionPath: null }],
};

/** A field resolver's call as GraphQL makes it: below a root field (path.prev), the request already signed in. */
function nestedField(handler: () => void, actor: Actor | undefined) {
  const info = { path: { key: 'field', prev: { key: 'quiz', prev: undefined } } };
  const host = new ExecutionContextHost([{}, {}, { req: { actor, headers: {} } }, info], Fields, handler);
  host.setType('graphql');
  return host;
}

describe('AuthGuard on field resolvers', () => {
  const guard = new AuthGuard(new Reflector(), {} as AuthService, new AccessService());

  it('enforces a field’s own permission', async () => {
    await expect(guard.canActivate(nestedField(Fields.prototype.offlineItems, reviewer))).rejects.toThrow(ForbiddenException);
    const trainee = { ...reviewer, assignments: [{ role: Role.trainee, regionId: null, regionPath: null }] };
    await expect(guard.canActivate(nestedField(Fields.prototype.offlineItems, trainee))).resolves.toBe(true);
  });

  it('lets a field of its parent through, and refuses one that declares nothing', async () => {
    await expect(guard.canActivate(nestedField(Fields.prototype.title, reviewer))).resolves.toBe(true);
    await expect(guard.canActivate(nestedField(Fields.prototype.forgotten, reviewer))).rejects.toThrow(ForbiddenException);
  });
});
