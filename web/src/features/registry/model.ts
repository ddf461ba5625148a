// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { EnumList } from '../../graphql/enumList';
import type { LicenceStatus } from '../../graphql/schema.generated';
import type { PreviewWorkerImportMutation, ImportWorkersMutation } from './import.generated';
import type { RegistryExpiringLicencesQuery, RegistryRetrainingComplianceQuery, RegistryWorkersQuery } from './registry.generated';
import type { RegistryWorkerCertificatesQuery, RegistryWorkerQuery } from './worker.generated';

export type { LicenceStatus, WorkerFilter } from '../../graphql/schema.generated';
export type ImportPreview = PreviewWorkerImportMutation['previewWorkerImport'];
export type ImportRow = ImportPreview['rows'][number];
export type ImportProblem = ImportRow['problems'][number];
export type ImportResult = ImportWorkersMutation['importWorkers'];
export type WorkerRow = RegistryWorkersQuery['workers']['items'][number];
export type ExpiringLicence = RegistryExpiringLicencesQuery['expiringLicences']['items'][number];
export type FacilityCompliance = Omit<RegistryRetrainingComplianceQuery['retrainingCompliance'][number], '__typename'>;
export type WorkerDetail = RegistryWorkerQuery['worker'];
export type WorkerLicence = WorkerDetail['licences'][number];
export type WorkerCertificate = RegistryWorkerCertificatesQuery['worker']['certificates'][number];

const licenceStatuses = ['active', 'expiring', 'lapsed', 'suspended', 'revoked'] as const satisfies readonly LicenceStatus[];
export const LICENCE_STATUSES: EnumList<LicenceStatus, typeof licenceStatuses> = licenceStatuses;
/** The worker page's queries, refetched after every registrar action so the page shows the new state. */
export const WORKER_QUERIES = ['RegistryWorker', 'RegistryWorkerCertificates'];
