import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DiffPart } from '../review/review.graphql';

export interface PackageTypeCount {
  type: string;
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
}

export interface PackageChange {
  key: string;
  type: string;
  id: string;
  title: string;
  status: 'added' | 'changed' | 'conflict';
  taken: boolean | null;
  diff: DiffPart[];
}

export interface ContentPackageReport {
  packageId: string;
  createdAt: string;
  sourceUrl: string;
  curriculumId: string | null;
  applied: boolean;
  counts: PackageTypeCount[];
  changes: PackageChange[];
}

const REPORT = gql`
  fragment ContentPackageReportFields on ContentPackageReport {
    packageId
    createdAt
    sourceUrl
    curriculumId
    applied
    counts {
      type
      added
      changed
      unchanged
      conflicts
    }
    changes {
      key
      type
      id
      title
      status
      taken
      diff {
        op
        text
      }
    }
  }
`;

export const CONTENT_PACKAGE_PREVIEW: TypedDocumentNode<{ contentPackagePreview: ContentPackageReport }, { uploadId: string }> = gql`
  query ContentPackagePreview($uploadId: UUID!) {
    contentPackagePreview(uploadId: $uploadId) {
      ...ContentPackageReportFields
    }
  }
  ${REPORT}
`;

export const APPLY_CONTENT_PACKAGE: TypedDocumentNode<{ applyContentPackage: ContentPackageReport }, { uploadId: string; take: string[] }> = gql`
  mutation ApplyContentPackage($uploadId: UUID!, $take: [String!]) {
    applyContentPackage(uploadId: $uploadId, take: $take) {
      ...ContentPackageReportFields
    }
  }
  ${REPORT}
`;

/** The download of a curriculum's (or all) published content, streamed by the API. */
export const packageDownloadUrl = (curriculumId: string) => `/packages/content.dari${curriculumId ? `?curriculum=${encodeURIComponent(curriculumId)}` : ''}`;

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
