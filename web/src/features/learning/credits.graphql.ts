import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CreditCycle {
  /** YYYY-MM-DD: the licence's current renewal cycle runs from here to `deadline` (its expiry). */
  cycleStart: string;
  deadline: string;
  earned: number;
  required: number;
}

export interface MyLicence {
  id: string;
  status: 'active' | 'expiring' | 'lapsed' | 'suspended' | 'revoked';
  eligibility: CreditCycle;
}

export interface MyCreditCycleQuery {
  myWorker: { id: string; licences: MyLicence[] } | null;
}

/** The trainee's licences and their renewal cycles; null for users with no worker record. */
export const MY_CREDIT_CYCLE: TypedDocumentNode<MyCreditCycleQuery, Record<string, never>> = gql`
  query MyCreditCycle {
    myWorker {
      id
      licences {
        id
        status
        eligibility {
          cycleStart
          deadline
          earned
          required
        }
      }
    }
  }
`;
