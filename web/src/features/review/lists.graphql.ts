import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ContentKind, DiffPart, Revision, RevisionStatus } from './review.graphql';

export interface RevisionSummary {
  id: string;
  kind: Revision['kind'];
  contentId: string;
  status: RevisionStatus;
  title: string;
  updatedAt: string;
  authorName: string | null;
}

const SUMMARY_FIELDS = gql`
  fragment RevisionSummaryFields on Revision {
    id
    kind
    contentId
    status
    title
    updatedAt
    authorName
  }
`;

export const REVIEWERS: TypedDocumentNode<{ reviewers: { id: string; displayName: string }[] }, Record<string, never>> =
  gql`
    query Reviewers {
      reviewers {
        id
        displayName
      }
    }
  `;

export const MY_REVISIONS: TypedDocumentNode<{ myRevisions: RevisionSummary[] }, Record<string, never>> = gql`
  query MyRevisions {
    myRevisions {
      ...RevisionSummaryFields
    }
  }
  ${SUMMARY_FIELDS}
`;

export const REVISIONS_TO_PUBLISH: TypedDocumentNode<{ revisionsToPublish: RevisionSummary[] }, Record<string, never>> =
  gql`
    query RevisionsToPublish {
      revisionsToPublish {
        ...RevisionSummaryFields
      }
    }
    ${SUMMARY_FIELDS}
  `;

export interface QueueItem {
  id: string;
  dueOn: string;
  assignedAt: string;
  revision: RevisionSummary;
}

export const REVIEW_QUEUE: TypedDocumentNode<{ reviewQueue: QueueItem[] }, Record<string, never>> = gql`
  query ReviewQueue {
    reviewQueue {
      id
      dueOn
      assignedAt
      revision {
        ...RevisionSummaryFields
      }
    }
  }
  ${SUMMARY_FIELDS}
`;

export interface PublishedVersion {
  version: number;
  title: string;
  source: string;
  publishedAt: string | null;
  revisionId: string | null;
  approvals: { reviewerId: string; reviewerName: string | null; at: string | null }[];
  diff: DiffPart[];
}

export const CONTENT_HISTORY: TypedDocumentNode<{ contentHistory: PublishedVersion[] }, { kind: ContentKind; contentId: string }> = gql`
  query ContentHistory($kind: VersionedKind!, $contentId: ID!) {
    contentHistory(kind: $kind, contentId: $contentId) {
      version
      title
      source
      publishedAt
      revisionId
      approvals {
        reviewerId
        reviewerName
        at
      }
      diff {
        op
        text
      }
    }
  }
`;
