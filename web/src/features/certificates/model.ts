// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { MyCertificatesQuery } from './certificates.generated';

export type MyCertificate = NonNullable<MyCertificatesQuery['myWorker']>['certificates'][number];
