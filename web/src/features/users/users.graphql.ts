import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '../auth/auth.graphql';

export type Cadre = 'doctor' | 'district_doctor' | 'assistant_doctor' | 'nurse' | 'midwife' | 'pharmacist' | 'koryo_doctor';
export const ROLES: Role[] = ['trainee', 'author', 'reviewer', 'registrar', 'supervisor', 'admin'];
export const CADRES: Cadre[] = ['doctor', 'district_doctor', 'assistant_doctor', 'nurse', 'midwife', 'pharmacist', 'koryo_doctor'];

export interface RoleAssignment {
  role: Role;
  region: { id: string; code: string; name: string } | null;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  mustChangePassword: boolean;
  roles: Role[];
  roleAssignments: RoleAssignment[];
}

export interface UserDetail extends UserSummary {
  cadre: Cadre | null;
  locale: string;
  worker: { id: string; name: string; registrationNumber: string; facilityName: string } | null;
}

const SUMMARY = gql`
  fragment UserSummaryFields on User {
    id
    username
    displayName
    active
    mustChangePassword
    roles
    roleAssignments {
      id
      role
      region {
        id
        code
        name
      }
    }
  }
`;

const DETAIL = gql`
  fragment UserDetailFields on User {
    ...UserSummaryFields
    cadre
    locale
    worker {
      id
      name
      registrationNumber
      facilityName
    }
  }
  ${SUMMARY}
`;

export interface UsersVariables {
  search?: string;
  role?: Role;
  active?: boolean;
  first: number;
  offset: number;
}

export const USERS: TypedDocumentNode<{ users: { total: number; items: UserSummary[] } }, UsersVariables> = gql`
  query Users($search: String, $role: Role, $active: Boolean, $first: Int, $offset: Int) {
    users(search: $search, role: $role, active: $active, first: $first, offset: $offset) {
      total
      items {
        ...UserSummaryFields
      }
    }
  }
  ${SUMMARY}
`;

export const USER: TypedDocumentNode<{ user: UserDetail }, { id: string }> = gql`
  query User($id: UUID!) {
    user(id: $id) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export interface RoleInput {
  role: Role;
  regionId?: string | null;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  cadre?: Cadre | null;
  locale: string;
  password: string;
  roles: RoleInput[];
  workerId?: string | null;
}

export const CREATE_USER: TypedDocumentNode<{ createUser: UserDetail }, { input: CreateUserInput }> = gql`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export const UPDATE_USER: TypedDocumentNode<{ updateUser: UserDetail }, { id: string; input: { displayName?: string; cadre?: Cadre | null; locale?: string } }> = gql`
  mutation UpdateUser($id: UUID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export const SET_USER_ROLES: TypedDocumentNode<{ setUserRoles: UserDetail }, { id: string; roles: RoleInput[] }> = gql`
  mutation SetUserRoles($id: UUID!, $roles: [RoleAssignmentInput!]!) {
    setUserRoles(id: $id, roles: $roles) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export const DEACTIVATE_USER: TypedDocumentNode<{ deactivateUser: UserDetail }, { id: string }> = gql`
  mutation DeactivateUser($id: UUID!) {
    deactivateUser(id: $id) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export const REACTIVATE_USER: TypedDocumentNode<{ reactivateUser: UserDetail }, { id: string }> = gql`
  mutation ReactivateUser($id: UUID!) {
    reactivateUser(id: $id) {
      ...UserDetailFields
    }
  }
  ${DETAIL}
`;

export interface IssuedResetCode {
  code: string;
  expiresAt: string;
  username: string;
  displayName: string;
}

export const ISSUE_PASSWORD_RESET_CODE: TypedDocumentNode<{ issuePasswordResetCode: IssuedResetCode }, { userId: string }> = gql`
  mutation IssuePasswordResetCode($userId: UUID!) {
    issuePasswordResetCode(userId: $userId) {
      code
      expiresAt
      username
      displayName
    }
  }
`;

/** Regions a role can be limited to: provinces and their cities and counties. */
export const REGIONS: TypedDocumentNode<{ regions: { id: string; code: string; name: string; parentId: string | null }[] }, { parentId?: string }> = gql`
  query Regions($parentId: UUID) {
    regions(parentId: $parentId) {
      id
      code
      name
      parentId
    }
  }
`;

/** A worker found by registration number, to link a new trainee account to. */
export const WORKER_BY_NUMBER: TypedDocumentNode<{ workers: { items: { id: string; name: string; registrationNumber: string; userId: string | null }[] } }, { search: string }> = gql`
  query WorkerByNumber($search: String!) {
    workers(filter: { search: $search }, first: 5) {
      items {
        id
        name
        registrationNumber
        userId
      }
    }
  }
`;
