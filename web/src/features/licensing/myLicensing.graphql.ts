import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LicenceStatus } from '../registry/registry.graphql';
import { ELIGIBILITY_FIELDS } from '../registry/worker.graphql';

export interface MyTopicCredits {
  topic: string;
  required: number;
  earned: number;
  remaining: number;
}

export interface MyLicence {
  id: string;
  number: string;
  status: LicenceStatus;
  issuedOn: string;
  expiresOn: string;
  type: { id: string; name: string; nameEn: string };
  eligibility: { cycleStart: string; deadline: string; required: number; earned: number; remaining: number; eligible: boolean; topics: MyTopicCredits[] };
}

export interface MyRetrainingPlan {
  id: string;
  dueOn: string;
  curriculum: { id: string; title: string; titleEn: string };
  progress: { coursesTotal: number; coursesCompleted: number; skillsTotal: number; skillsPassed: number; done: boolean; overdue: boolean };
}

export interface MyLicensing {
  id: string;
  name: string;
  licences: MyLicence[];
  /** Most urgent first (the API's order). */
  retrainingPlans: MyRetrainingPlan[];
  certificates: { id: string; kind: string; title: string; issuedAt: string; shortCode: string; pdfPath: string; revokedAt: string | null }[];
}

/** The trainee's own worker record, as the registrar's worker page shows it; null without one. */
export const MY_LICENSING: TypedDocumentNode<{ myLicensing: MyLicensing | null }, Record<string, never>> = gql`
  query MyLicensing {
    myLicensing {
      id
      name
      licences {
        id
        number
        status
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
      retrainingPlans {
        id
        dueOn
        curriculum {
          id
          title
          titleEn
        }
        progress {
          coursesTotal
          coursesCompleted
          skillsTotal
          skillsPassed
          done
          overdue
        }
      }
      certificates {
        id
        kind
        title
        issuedAt
        shortCode
        pdfPath
        revokedAt
      }
    }
  }
  ${ELIGIBILITY_FIELDS}
`;
