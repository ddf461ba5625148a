import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TerminologyFinding } from '../glossary/glossary.graphql';
import { TERMINOLOGY_FINDING_FIELDS } from '../glossary/glossary.graphql';

export type RevisionStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published' | 'withdrawn';
export type ReviewDecision = 'pending' | 'approved' | 'changes_requested';
export type DiffOp = 'equal' | 'insert' | 'delete';

export interface TextRange {
  start: number;
  end: number;
}

export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface Assignment {
  id: string;
  reviewerId: string;
  reviewerName: string | null;
  decision: ReviewDecision;
  note: string | null;
  dueOn: string;
  decidedAt: string | null;
}

export interface ReviewComment {
  id: string;
  parentId: string | null;
  quote: string;
  body: string;
  authorId: string;
  authorName: string | null;
  createdAt: string;
  resolvedAt: string | null;
  range: TextRange | null;
}

export interface Suggestion {
  id: string;
  quote: string;
  replacement: string;
  note: string | null;
  status: 'pending' | 'accepted' | 'rejected';
  authorId: string;
  range: TextRange | null;
}

export interface AcceptedTerm {
  southTerm: string;
  reason: string;
  reviewerId: string;
  at: string;
}

/** What a revision changes (the API's VersionedKind). */
export type ContentKind = 'lesson' | 'textbookSection' | 'questionItem';

export interface Revision {
  id: string;
  kind: ContentKind;
  contentId: string;
  status: RevisionStatus;
  baseVersion: number;
  publishedVersion: number | null;
  saves: number;
  title: string;
  body: string;
  authorId: string;
  authorName: string | null;
  updatedAt: string;
  diff: DiffPart[];
  assignments: Assignment[];
  comments: ReviewComment[];
  suggestions: Suggestion[];
  terminologyFindings: TerminologyFinding[];
  unresolvedTerms: string[];
  acceptedTerms: AcceptedTerm[];
}

const REVISION_FIELDS = gql`
  fragment RevisionFields on Revision {
    id
    kind
    contentId
    status
    baseVersion
    publishedVersion
    saves
    title
    body
    authorId
    authorName
    updatedAt
    diff {
      op
      text
    }
    assignments {
      id
      reviewerId
      reviewerName
      decision
      note
      dueOn
      decidedAt
    }
    comments {
      id
      parentId
      quote
      body
      authorId
      authorName
      createdAt
      resolvedAt
      range {
        start
        end
      }
    }
    suggestions {
      id
      quote
      replacement
      note
      status
      authorId
      range {
        start
        end
      }
    }
    terminologyFindings(includeProposed: true) {
      ...TerminologyFindingFields
    }
    unresolvedTerms
    acceptedTerms {
      southTerm
      reason
      reviewerId
      at
    }
  }
  ${TERMINOLOGY_FINDING_FIELDS}
`;

export const REVISION: TypedDocumentNode<{ revision: Revision }, { id: string }> = gql`
  query Revision($id: UUID!) {
    revision(id: $id) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const START_REVISION: TypedDocumentNode<{ startRevision: { id: string } }, { kind: ContentKind; contentId: string }> = gql`
  mutation StartRevision($kind: VersionedKind!, $contentId: ID!) {
    startRevision(kind: $kind, contentId: $contentId) {
      id
    }
  }
`;

export interface SaveRevisionVariables {
  id: string;
  input: { title: string; body: string; saves: number };
}

export const SAVE_REVISION: TypedDocumentNode<{ saveRevision: Revision }, SaveRevisionVariables> = gql`
  mutation SaveRevision($id: UUID!, $input: SaveRevisionInput!) {
    saveRevision(id: $id, input: $input) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const SUBMIT_REVISION: TypedDocumentNode<
  { submitRevision: Revision },
  { id: string; reviewerIds: string[]; dueOn: string }
> = gql`
  mutation SubmitRevision($id: UUID!, $reviewerIds: [UUID!]!, $dueOn: LocalDate!) {
    submitRevision(id: $id, reviewerIds: $reviewerIds, dueOn: $dueOn) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const WITHDRAW_REVISION: TypedDocumentNode<{ withdrawRevision: Revision }, { id: string }> = gql`
  mutation WithdrawRevision($id: UUID!) {
    withdrawRevision(id: $id) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const DECIDE_REVISION: TypedDocumentNode<
  { decideRevision: Revision },
  { id: string; decision: Exclude<ReviewDecision, 'pending'>; note?: string }
> = gql`
  mutation DecideRevision($id: UUID!, $decision: ReviewDecision!, $note: String) {
    decideRevision(id: $id, decision: $decision, note: $note) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const PUBLISH_REVISION: TypedDocumentNode<{ publishRevision: Revision }, { id: string }> = gql`
  mutation PublishRevision($id: UUID!) {
    publishRevision(id: $id) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const ACCEPT_TERM: TypedDocumentNode<
  { acceptTerm: Revision },
  { revisionId: string; southTerm: string; reason: string }
> = gql`
  mutation AcceptTerm($revisionId: UUID!, $southTerm: String!, $reason: String!) {
    acceptTerm(revisionId: $revisionId, southTerm: $southTerm, reason: $reason) {
      ...RevisionFields
    }
  }
  ${REVISION_FIELDS}
`;

export const COMMENT_ON_REVISION: TypedDocumentNode<
  { commentOnRevision: { id: string } },
  { revisionId: string; body: string; range?: TextRange; parentId?: string }
> = gql`
  mutation CommentOnRevision($revisionId: UUID!, $body: String!, $range: RangeInput, $parentId: UUID) {
    commentOnRevision(revisionId: $revisionId, body: $body, range: $range, parentId: $parentId) {
      id
    }
  }
`;

export const RESOLVE_COMMENT: TypedDocumentNode<{ resolveComment: { id: string } }, { id: string; resolved: boolean }> =
  gql`
    mutation ResolveComment($id: UUID!, $resolved: Boolean!) {
      resolveComment(id: $id, resolved: $resolved) {
        id
        resolvedAt
      }
    }
  `;

export const SUGGEST_EDIT: TypedDocumentNode<
  { suggestEdit: { id: string } },
  { revisionId: string; range: TextRange; replacement: string; note?: string }
> = gql`
  mutation SuggestEdit($revisionId: UUID!, $range: RangeInput!, $replacement: String!, $note: String) {
    suggestEdit(revisionId: $revisionId, range: $range, replacement: $replacement, note: $note) {
      id
    }
  }
`;

export const DECIDE_SUGGESTION: TypedDocumentNode<{ decideSuggestion: { id: string } }, { id: string; accept: boolean }> =
  gql`
    mutation DecideSuggestion($id: UUID!, $accept: Boolean!) {
      decideSuggestion(id: $id, accept: $accept) {
        id
        status
      }
    }
  `;
