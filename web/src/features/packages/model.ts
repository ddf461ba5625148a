// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { ContentPackageReportFieldsFragment } from './packages.generated';

export type ContentPackageReport = ContentPackageReportFieldsFragment;
export type PackageChange = ContentPackageReport['changes'][number];

/** The download of a curriculum's (or all) published content, streamed by the API. */
export const packageDownloadUrl = (curriculumId: string) =>
  `/packages/content.dari${curriculumId ? `?curriculum=${encodeURIComponent(curriculumId)}` : ''}`;

export interface UploadAnswer {
  uploadId?: string;
  code?: string;
  messageKo?: string;
  messageEn?: string;
}

/** Sends the file as it is (the session cookie signs the request in); the answer is an upload id or a refusal. */
export async function uploadPackage(file: File): Promise<UploadAnswer> {
  const res = await fetch('/packages/content', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: file });
  return (await res.json()) as UploadAnswer;
}

export const CONTENT_PACKAGES_PATH = '/content-packages';
