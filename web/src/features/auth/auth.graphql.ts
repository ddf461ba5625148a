import { gql, type TypedDocumentNode } from '@apollo/client';

export type Role = 'trainee' | 'author' | 'reviewer' | 'registrar' | 'supervisor' | 'admin';

export interface CurrentUser {
  __typename?: 'User';
  id: string;
  username: string;
  displayName: string;
  locale: string;
  roles: Role[];
  /** Permission names from the API's role table (api/src/access/permission.ts), e.g. `users:read`. */
  permissions: string[];
  /** The password was set by someone else: the app shows only the change-password screen until it is changed. */
  mustChangePassword: boolean;
}

const USER_FIELDS = gql`
  fragment CurrentUserFields on User {
    id
    username
    displayName
    locale
    roles
    permissions
    mustChangePassword
  }
`;

export interface MeQuery {
  me: CurrentUser;
}

export const ME: TypedDocumentNode<MeQuery, Record<string, never>> = gql`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
  ${USER_FIELDS}
`;

export interface LoginMutation {
  login: { __typename?: 'AuthPayload'; expiresAt: string; user: CurrentUser };
}

export interface LoginVariables {
  username: string;
  password: string;
}

// accessToken is not selected: the cookie carries the session and the token must not sit in JS memory.
export const LOGIN: TypedDocumentNode<LoginMutation, LoginVariables> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
  ${USER_FIELDS}
`;

export interface LogoutMutation {
  logout: boolean;
}

export const LOGOUT: TypedDocumentNode<LogoutMutation, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

export interface ChangePasswordVariables {
  currentPassword: string;
  newPassword: string;
}

export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, ChangePasswordVariables> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export interface ResetPasswordVariables {
  username: string;
  code: string;
  newPassword: string;
}

export const RESET_PASSWORD_WITH_CODE: TypedDocumentNode<{ resetPasswordWithCode: boolean }, ResetPasswordVariables> = gql`
  mutation ResetPasswordWithCode($username: String!, $code: String!, $newPassword: String!) {
    resetPasswordWithCode(username: $username, code: $code, newPassword: $newPassword)
  }
`;
