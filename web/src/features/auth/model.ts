// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { LoginMutationVariables, CurrentUserFieldsFragment } from './auth.generated';

export type { Role } from '../../graphql/schema.generated';
export type CurrentUser = CurrentUserFieldsFragment;
export type LoginVariables = LoginMutationVariables;
