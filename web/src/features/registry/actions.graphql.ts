import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LicenceStatus } from './registry.graphql';

/** The worker page's queries, refetched after every registrar action so the page shows the new state. */
export const WORKER_QUERIES = ['RegistryWorker', 'RegistryWorkerCertificates'];

interface LicenceResult {
  __typename?: 'Licence';
  id: string;
  status: LicenceStatus;
  expiresOn: string;
}

export const ASSIGN_RETRAINING: TypedDocumentNode<{ assignRetraining: number }, { workerId: string; curriculumId: string; dueOn: string }> = gql`
  mutation AssignRetraining($workerId: UUID!, $curriculumId: ID!, $dueOn: LocalDate!) {
    assignRetraining(workerId: $workerId, curriculumId: $curriculumId, dueOn: $dueOn)
  }
`;

/** Names the cycle it renews (the expiry shown), so a second click or a re-sent request is refused (ALREADY_RENEWED). */
export const RENEW_LICENCE: TypedDocumentNode<{ renewLicence: LicenceResult }, { id: string; reason: string | null; expiresOn: string }> = gql`
  mutation RenewLicence($id: UUID!, $reason: String, $expiresOn: LocalDate) {
    renewLicence(id: $id, reason: $reason, expiresOn: $expiresOn) {
      id
      status
      expiresOn
    }
  }
`;

export const SUSPEND_LICENCE: TypedDocumentNode<{ suspendLicence: LicenceResult }, { id: string; reason: string }> = gql`
  mutation SuspendLicence($id: UUID!, $reason: String!) {
    suspendLicence(id: $id, reason: $reason) {
      id
      status
      expiresOn
    }
  }
`;

export const REINSTATE_LICENCE: TypedDocumentNode<{ reinstateLicence: LicenceResult }, { id: string; reason: string }> = gql`
  mutation ReinstateLicence($id: UUID!, $reason: String!) {
    reinstateLicence(id: $id, reason: $reason) {
      id
      status
      expiresOn
    }
  }
`;

export const REVOKE_LICENCE: TypedDocumentNode<{ revokeLicence: LicenceResult }, { id: string; reason: string }> = gql`
  mutation RevokeLicence($id: UUID!, $reason: String!) {
    revokeLicence(id: $id, reason: $reason) {
      id
      status
      expiresOn
    }
  }
`;

export interface CreditEntryInput {
  hours: number;
  topic: string;
  earnedOn: string;
  note: string;
}

export const ADD_CREDIT_ENTRY: TypedDocumentNode<{ addCreditEntry: { __typename?: 'CreditEntry'; id: string } }, { workerId: string; input: CreditEntryInput }> = gql`
  mutation AddCreditEntry($workerId: UUID!, $input: CreditEntryInput!) {
    addCreditEntry(workerId: $workerId, input: $input) {
      id
    }
  }
`;

export const REVERSE_CREDIT_ENTRY: TypedDocumentNode<{ reverseCreditEntry: { __typename?: 'CreditEntry'; id: string } }, { id: string; reason: string }> = gql`
  mutation ReverseCreditEntry($id: UUID!, $reason: String!) {
    reverseCreditEntry(id: $id, reason: $reason) {
      id
    }
  }
`;

interface CertificateResult {
  __typename?: 'Certificate';
  id: string;
  shortCode: string;
  revokedAt: string | null;
}

export const REVOKE_CERTIFICATE: TypedDocumentNode<{ revokeCertificate: CertificateResult }, { id: string; reason: string }> = gql`
  mutation RevokeCertificate($id: UUID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) {
      id
      shortCode
      revokedAt
    }
  }
`;

export const ISSUE_CURRICULUM_CERTIFICATE: TypedDocumentNode<{ issueCurriculumCertificate: CertificateResult }, { workerId: string; curriculumId: string }> = gql`
  mutation IssueCurriculumCertificate($workerId: UUID!, $curriculumId: ID!) {
    issueCurriculumCertificate(workerId: $workerId, curriculumId: $curriculumId) {
      id
      shortCode
      revokedAt
    }
  }
`;
