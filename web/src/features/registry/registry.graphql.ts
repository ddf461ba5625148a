import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cadre } from '../curricula/enums';

export type LicenceStatus = 'active' | 'expiring' | 'lapsed' | 'suspended' | 'revoked';
export const LICENCE_STATUSES: LicenceStatus[] = ['active', 'expiring', 'lapsed', 'suspended', 'revoked'];

export interface FacilityRef {
  __typename?: 'Facility';
  id: string;
  code: string;
  name: string;
  nameEn: string;
}

export interface WorkerFilter {
  facilityId?: string;
  regionId?: string;
  cadre?: Cadre;
  status?: LicenceStatus;
  search?: string;
}

export interface WorkerRow {
  __typename?: 'Worker';
  id: string;
  registrationNumber: string;
  name: string;
  cadre: Cadre;
  facility: FacilityRef;
  licences: { __typename?: 'Licence'; id: string; number: string; status: LicenceStatus; expiresOn: string }[];
  /** Where the row stands in the list order: `after`/`before` of the next or previous page. */
  cursor: string;
}

const FACILITY_FIELDS = gql`
  fragment RegistryFacilityFields on Facility {
    id
    code
    name
    nameEn
  }
`;

/** A page of workers: after or before a row's cursor (any depth), or from an offset (shallow pages only). */
export const WORKERS: TypedDocumentNode<
  { workers: { items: WorkerRow[] } },
  { filter: WorkerFilter; first: number; offset: number; after?: string; before?: string }
> = gql`
  query RegistryWorkers($filter: WorkerFilter, $first: Int!, $offset: Int!, $after: String, $before: String) {
    workers(filter: $filter, first: $first, offset: $offset, after: $after, before: $before) {
      items {
        id
        cursor
        registrationNumber
        name
        cadre
        facility {
          ...RegistryFacilityFields
        }
        licences {
          id
          number
          status
          expiresOn
        }
      }
    }
  }
  ${FACILITY_FIELDS}
`;

/** How many workers match: its own operation (the page's total alone, no rows read), so it runs once per filter, not on every page. */
export const WORKER_COUNT: TypedDocumentNode<{ workers: { total: number } }, { filter: WorkerFilter }> = gql`
  query RegistryWorkerCount($filter: WorkerFilter) {
    workers(filter: $filter) {
      total
    }
  }
`;

export interface RegionRef {
  __typename?: 'Region';
  id: string;
  name: string;
  nameEn: string;
}

/** The regions the signed-in user holds roles in (a null region: everywhere). */
export const MY_REGIONS: TypedDocumentNode<
  { me: { id: string; roleAssignments: { id: string; role: string; region: RegionRef | null }[] } },
  Record<string, never>
> = gql`
  query RegistryMyRegions {
    me {
      id
      roleAssignments {
        id
        role
        region {
          id
          name
          nameEn
        }
      }
    }
  }
`;

export const PROVINCES: TypedDocumentNode<{ regions: RegionRef[] }, Record<string, never>> = gql`
  query RegistryProvinces {
    regions {
      id
      name
      nameEn
    }
  }
`;

export const FACILITIES: TypedDocumentNode<{ facilities: FacilityRef[] }, { regionId: string }> = gql`
  query RegistryFacilities($regionId: UUID!) {
    facilities(regionId: $regionId) {
      ...RegistryFacilityFields
    }
  }
  ${FACILITY_FIELDS}
`;

export interface ExpiringLicence {
  daysLeft: number;
  licence: { __typename?: 'Licence'; id: string; number: string; expiresOn: string; status: LicenceStatus; type: { __typename?: 'LicenceType'; id: string; name: string; nameEn: string } };
  worker: { __typename?: 'Worker'; id: string; name: string; registrationNumber: string; cadre: Cadre; facility: FacilityRef };
}

export const EXPIRING_LICENCES: TypedDocumentNode<
  { expiringLicences: { total: number; items: ExpiringLicence[] } },
  { days: number; first: number; offset: number }
> = gql`
  query RegistryExpiringLicences($days: Int!, $first: Int!, $offset: Int!) {
    expiringLicences(days: $days, first: $first, offset: $offset) {
      total
      items {
        daysLeft
        licence {
          id
          number
          expiresOn
          status
          type {
            id
            name
            nameEn
          }
        }
        worker {
          id
          name
          registrationNumber
          cadre
          facility {
            ...RegistryFacilityFields
          }
        }
      }
    }
  }
  ${FACILITY_FIELDS}
`;

export interface FacilityCompliance {
  facilityId: string;
  facilityName: string;
  plans: number;
  done: number;
  overdue: number;
}

export const RETRAINING_COMPLIANCE: TypedDocumentNode<{ retrainingCompliance: FacilityCompliance[] }, Record<string, never>> = gql`
  query RegistryRetrainingCompliance {
    retrainingCompliance {
      facilityId
      facilityName
      plans
      done
      overdue
    }
  }
`;
