import { useQuery } from '@apollo/client/react';
import { PAGE_SIZE, type WorkerListState } from './filters';
import {
  RegistryExpiringLicencesDocument,
  RegistryFacilitiesDocument,
  RegistryMyRegionsDocument,
  RegistryProvincesDocument,
  RegistryRetrainingComplianceDocument,
  RegistryWorkerCountDocument,
  RegistryWorkersDocument,
} from './registry.generated';
import { RegistryWorkerCertificatesDocument, RegistryWorkerDocument } from './worker.generated';

/** A page of workers (keyset cursor when known, else the page's offset) and the filter's count, fetched once per filter. */
export function useWorkers(state: WorkerListState) {
  const { filter, page, after, before } = state;
  const cursor = after ? { after } : before ? { before } : {};
  const list = useQuery(RegistryWorkersDocument, {
    variables: { filter, first: PAGE_SIZE, offset: after || before ? 0 : (page - 1) * PAGE_SIZE, ...cursor },
    fetchPolicy: 'cache-and-network',
  });
  const count = useQuery(RegistryWorkerCountDocument, { variables: { filter }, fetchPolicy: 'cache-first' });
  const data = list.data && count.data ? { workers: list.data.workers.items, workerCount: count.data.workers.total } : undefined;
  return { data, error: list.error ?? count.error };
}

/** The regions of the user's registrar assignments, or null when they hold the right everywhere (admins). */
export function useRegistryRegions() {
  const { data, error } = useQuery(RegistryMyRegionsDocument);
  if (!data) return { regions: undefined, error };
  const granting = data.me.roleAssignments.filter((a) => a.role === 'registrar' || a.role === 'admin');
  const everywhere = granting.some((a) => a.region === null);
  return { regions: everywhere ? null : granting.map((a) => a.region!), error };
}

export function useProvinces(skip: boolean) {
  return useQuery(RegistryProvincesDocument, { skip });
}

export function useFacilities(regionId: string | undefined) {
  return useQuery(RegistryFacilitiesDocument, { variables: { regionId: regionId ?? '' }, skip: !regionId });
}

export function useExpiringLicences(days: number, page: number) {
  return useQuery(RegistryExpiringLicencesDocument, {
    variables: { days, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

export function useRetrainingCompliance() {
  return useQuery(RegistryRetrainingComplianceDocument, { fetchPolicy: 'cache-and-network' });
}

export function useRegistryWorker(id: string) {
  return useQuery(RegistryWorkerDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useWorkerCertificates(id: string) {
  return useQuery(RegistryWorkerCertificatesDocument, { variables: { id } });
}
