import { gql, type TypedDocumentNode } from '@apollo/client';

export type NotificationKind = 'review_assigned' | 'comment' | 'suggestion' | 'changes_requested' | 'approved' | 'published';

export interface Notification {
  id: string;
  kind: NotificationKind;
  subject: string;
  link: string;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

export const UNREAD_COUNT: TypedDocumentNode<{ myUnreadNotificationCount: number }, Record<string, never>> = gql`
  query UnreadNotificationCount {
    myUnreadNotificationCount
  }
`;

export const MY_NOTIFICATIONS: TypedDocumentNode<{ myNotifications: { items: Notification[] } }, { unreadOnly: boolean }> = gql`
  query MyNotifications($unreadOnly: Boolean!) {
    myNotifications(unreadOnly: $unreadOnly, first: 100) {
      items {
        id
        kind
        subject
        link
        actorName
        createdAt
        readAt
      }
    }
  }
`;

/** No ids: every notification of mine. */
export const MARK_READ: TypedDocumentNode<{ markNotificationsRead: number }, { ids?: string[] }> = gql`
  mutation MarkNotificationsRead($ids: [UUID!]) {
    markNotificationsRead(ids: $ids)
  }
`;
