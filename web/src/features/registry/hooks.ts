import { useQuery } from '@apollo/client/react';
import { PAGE_SIZE } from './filters';
import { EXPIRING_LICENCES, FACILITIES, MY_REGIONS, PROVINCES, RETRAINING_COMPLIANCE, WORKERS, type WorkerFilter } from './registry.graphql';
import { WORKER, WORKER_CERTIFICATES } from './worker.graphql';

export function useWorkers(filter: WorkerFilter, page: number) {
  return useQuery(WORKERS, { variables: { filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
}

/** The regions of the user's registrar assignments, or null when they hold the right everywhere (admins). */
export function useRegistryRegions() {
  const { data, error } = useQuery(MY_REGIONS);
  if (!data) return { regions: undefined, error };
  const granting = data.me.roleAssignments.filter((a) => a.role === 'registrar' || a.role === 'admin');
  const everywhere = granting.some((a) => a.region === null);
  return { regions: everywhere ? null : granting.map((a) => a.region!), error };
}

export function useProvinces(skip: boolean) {
  return useQuery(PROVINCES, { skip });
}

export function useFacilities(regionId: string | undefined) {
  return useQuery(FACILITIES, { variables: { regionId: regionId ?? '' }, skip: !regionId });
}

export function useExpiringLicences(days: number, page: number) {
  return useQuery(EXPIRING_LICENCES, { variables: { days, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, fetchPolicy: 'cache-and-network' });
}

export function useRetrainingCompliance() {
  return useQuery(RETRAINING_COMPLIANCE, { fetchPolicy: 'cache-and-network' });
}

export function useRegistryWorker(id: string) {
  return useQuery(WORKER, { variables: { id }, fetchPolicy: 'cache-and-network' });
}

export function useWorkerCertificates(id: string) {
  return useQuery(WORKER_CERTIFICATES, { variables: { id } });
}
