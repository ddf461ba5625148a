import { Injectable } from '@nestjs/common';
import { ForbiddenException, UnauthenticatedException } from '../common/domain.exception';
import type { Actor } from './actor';
import { Permission, ROLE_PERMISSIONS } from './permission';
import type { Role } from './role.enum';

export interface AccessRequest {
  permission: Permission;
  /** Materialised path of the region the data belongs to; scoped roles must contain it. */
  regionPath?: string;
}

/**
 * What a service knows of the data an operation touches; `requireResource` decides from it. Services read
 * these facts (a worker's region, a revision's author and reviewers) and never decide access themselves.
 */
export interface ResourceFacts {
  /** Materialised path of the data's region: a region-scoped role must contain it. */
  regionPath?: string;
  /** The user the data belongs to (a revision's author): only they, or `assigneeIds`, may act on it. */
  ownerId?: string;
  /** Users assigned to the data (a revision's reviewers): only they, or the owner, may act on it. */
  assigneeIds?: readonly string[];
}

/**
 * The one place that decides who may do what, and where. Operations declare their permission
 * (`access.decorators.ts`) and the global guard checks it; services check the data through requireResource.
 */
@Injectable()
export class AccessService {
  require(actor: Actor | undefined, request: AccessRequest): Actor {
    const signedIn = this.signedIn(actor);
    if (!this.can(signedIn, request)) throw new ForbiddenException();
    return signedIn;
  }

  /**
   * The actor holds `permission` for this data: in its region (`regionPath`), and as its owner or one of its
   * assignees when the data has them (either given: one of them). FORBIDDEN otherwise.
   */
  requireResource(actor: Actor | undefined, permission: Permission, resource: ResourceFacts): Actor {
    const signedIn = this.require(actor, { permission, regionPath: resource.regionPath });
    const people =
      resource.ownerId === undefined && resource.assigneeIds === undefined
        ? undefined
        : [resource.ownerId, ...(resource.assigneeIds ?? [])];
    if (people && !people.includes(signedIn.userId)) throw new ForbiddenException();
    return signedIn;
  }

  /** For operations open to any signed-in user, e.g. reading one's own profile. */
  signedIn(actor: Actor | undefined): Actor {
    if (!actor) throw new UnauthenticatedException();
    return actor;
  }

  /**
   * The region paths inside which the actor holds `permission` (for list queries): null when it is held
   * without a region (everywhere), an empty list when not at all.
   */
  regionScopes(actor: Actor, permission: Permission): string[] | null {
    const granting = actor.assignments.filter((a) => ROLE_PERMISSIONS[a.role].includes(permission));
    if (granting.some((a) => a.regionPath === null)) return null;
    return granting.map((a) => a.regionPath!);
  }

  /** Every permission some role of the actor holds (in some region, for scoped roles), sorted. */
  permissionsOf(roles: Role[]): Permission[] {
    return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort();
  }

  can(actor: Actor, { permission, regionPath }: AccessRequest): boolean {
    return actor.assignments.some(
      (a) =>
        ROLE_PERMISSIONS[a.role].includes(permission) &&
        (regionPath === undefined || a.regionPath === null || regionPath.startsWith(a.regionPath)),
    );
  }
}
