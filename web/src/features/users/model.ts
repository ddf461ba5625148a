// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { EnumList } from '../../graphql/enumList';
import type { Role } from '../../graphql/schema.generated';
import type { UserDetailFieldsFragment } from './users.generated';

export type { Cadre, RoleAssignmentInput as RoleInput } from '../../graphql/schema.generated';
export type UserDetail = UserDetailFieldsFragment;
export type RoleAssignment = UserDetail['roleAssignments'][number];

const roles = ['trainee', 'author', 'reviewer', 'registrar', 'supervisor', 'admin'] as const satisfies readonly Role[];
export const ROLES: EnumList<Role, typeof roles> = roles;
export { CADRES } from '../curricula/enums';
