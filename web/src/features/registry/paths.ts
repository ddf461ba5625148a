export const REGISTRY_PATH = '/registry';
export const EXPIRING_PATH = '/registry/expiring';
export const COMPLIANCE_PATH = '/registry/compliance';
export const IMPORT_PATH = '/registry/import';
export const RECORDS_PATH = '/registry/records';
export const registryWorkerPath = (workerId: string) => `/registry/workers/${encodeURIComponent(workerId)}`;
