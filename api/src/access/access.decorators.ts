import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permission';

export const ACCESS_DECLARATION = 'dari:access';

/**
 * What an operation (query, mutation, field resolver, HTTP route) declares about who may call it. Every
 * operation carries one, or `@Public()`; the app refuses to start otherwise (`access-declarations.ts`).
 */
export type AccessDeclaration =
  { kind: 'permission'; permissions: Permission[] } | { kind: 'signedIn' } | { kind: 'parent' } | { kind: 'public' };

/**
 * Only callers whose roles grant `permission` (and each of `more`; somewhere, for region-scoped roles): the
 * global guard refuses everyone else before the resolver runs. What the data itself allows (its region, owner, assignment) is
 * decided in the service, through `AccessService.requireResource`.
 */
export const Allow = (permission: Permission, ...more: Permission[]) =>
  SetMetadata(ACCESS_DECLARATION, { kind: 'permission', permissions: [permission, ...more] } satisfies AccessDeclaration);

/** Any signed-in user, whatever the roles: operations on one's own account, session and notifications. */
export const Authenticated = () => SetMetadata(ACCESS_DECLARATION, { kind: 'signedIn' } satisfies AccessDeclaration);

/**
 * A field resolver whose parent object was already authorised by the operation that returned it (it adds
 * nothing the reader of the parent may not see). On a class, for all its field resolvers.
 */
export const FieldOfParent = () => SetMetadata(ACCESS_DECLARATION, { kind: 'parent' } satisfies AccessDeclaration);
