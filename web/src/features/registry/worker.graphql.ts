import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cadre } from '../curricula/enums';
import type { FacilityRef, LicenceStatus } from './registry.graphql';

export interface TopicProgress {
  topic: string;
  required: number;
  earned: number;
  remaining: number;
}

export interface WorkerLicence {
  __typename?: 'Licence';
  id: string;
  number: string;
  status: LicenceStatus;
  statusReason: string | null;
  issuedOn: string;
  expiresOn: string;
  type: { __typename?: 'LicenceType'; id: string; name: string; nameEn: string };
  eligibility: { cycleStart: string; deadline: string; required: number; earned: number; remaining: number; eligible: boolean; topics: TopicProgress[] };
}

export interface WorkerDetail {
  __typename?: 'Worker';
  id: string;
  registrationNumber: string;
  name: string;
  cadre: Cadre;
  facility: FacilityRef;
  licences: WorkerLicence[];
  ledger: { __typename?: 'CreditEntry'; id: string; source: 'course_completion' | 'manual' | 'reversal'; hours: number; topic: string; earnedOn: string; note: string | null; reversesId: string | null }[];
  retrainingPlans: {
    __typename?: 'RetrainingPlan';
    id: string;
    curriculumId: string;
    dueOn: string;
    progress: { coursesTotal: number; coursesCompleted: number; done: boolean; overdue: boolean };
  }[];
  postings: { __typename?: 'WorkerPosting'; id: string; startedOn: string; endedOn: string | null; facility: FacilityRef | null }[];
}

/** A licence's credits in its current cycle: the registrar's worker page and the trainee's licence page alike. */
export const ELIGIBILITY_FIELDS = gql`
  fragment EligibilityFields on Eligibility {
    cycleStart
    deadline
    required
    earned
    remaining
    eligible
    topics {
      topic
      required
      earned
      remaining
    }
  }
`;

export const WORKER: TypedDocumentNode<{ worker: WorkerDetail }, { id: string }> = gql`
  query RegistryWorker($id: UUID!) {
    worker(id: $id) {
      id
      registrationNumber
      name
      cadre
      facility {
        id
        code
        name
        nameEn
      }
      licences {
        id
        number
        status
        statusReason
        issuedOn
        expiresOn
        type {
          id
          name
          nameEn
        }
        eligibility {
          ...EligibilityFields
        }
      }
      ledger {
        id
        source
        hours
        topic
        earnedOn
        note
        reversesId
      }
      retrainingPlans {
        id
        curriculumId
        dueOn
        progress {
          coursesTotal
          coursesCompleted
          done
          overdue
        }
      }
      postings {
        id
        startedOn
        endedOn
        facility {
          id
          code
          name
          nameEn
        }
      }
    }
  }
  ${ELIGIBILITY_FIELDS}
`;

export interface WorkerCertificate {
  __typename?: 'Certificate';
  id: string;
  title: string;
  kind: string;
  issuedAt: string;
  shortCode: string;
  pdfPath: string;
  revokedAt: string | null;
}

/** Asked apart from the worker, so the rest of the page shows even if certificates cannot be read. */
export const WORKER_CERTIFICATES: TypedDocumentNode<{ worker: { __typename?: 'Worker'; id: string; certificates: WorkerCertificate[] } }, { id: string }> = gql`
  query RegistryWorkerCertificates($id: UUID!) {
    worker(id: $id) {
      id
      certificates {
        id
        title
        kind
        issuedAt
        shortCode
        pdfPath
        revokedAt
      }
    }
  }
`;
