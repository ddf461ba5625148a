import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NotificationBell } from '../features/notifications/NotificationBell';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
  type MyNotificationsQuery,
} from '../features/notifications/notifications.generated';
import { renderWithProviders, mocked } from '../test/render';
import type { NotificationKind } from '../graphql/schema.generated';
import NotificationsPage from './NotificationsPage';

type Notification = MyNotificationsQuery['myNotifications']['items'][number];

const notification = (id: string, kind: NotificationKind, readAt: string | null): Notification => ({
  __typename: 'Notification',
  id,
  kind,
  subject: '우울증의 치료',
  link: '/review/r1',
  actorName: '박성민',
  createdAt: '2026-12-01T08:00:00.000Z',
  readAt,
});

describe('notifications', () => {
  it('lists my notifications with links to the review and marks them read', async () => {
    const list: { data: MyNotificationsQuery } = {
      data: {
        myNotifications: {
          __typename: 'NotificationPage',
          items: [notification('n1', 'changes_requested', null), notification('n2', 'review_assigned', '2026-12-01T09:00:00.000Z')],
        },
      },
    };
    const markAll = vi.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderWithProviders(
      <>
        <NotificationBell />
        <NotificationsPage />
      </>,
      {
        mocks: [
          mocked({ request: { query: MyNotificationsDocument, variables: { unreadOnly: false } }, result: list, maxUsageCount: 3 }),
          mocked({
            request: { query: UnreadNotificationCountDocument },
            result: { data: { myUnreadNotificationCount: 1 } },
            maxUsageCount: 3,
          }),
          mocked({ request: { query: MarkNotificationsReadDocument, variables: {} }, result: markAll }),
        ],
      },
    );

    expect(await screen.findByRole('link', { name: '알림 (읽지 않은것 1개)' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: '우울증의 치료: 고칠것을 요구 (박성민)' });
    expect(link.getAttribute('href')).toBe('/review/r1');
    expect(screen.getByRole('link', { name: '우울증의 치료: 심사 요청 (박성민)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '모두 읽음으로 표시' }));
    await vi.waitFor(() => expect(markAll).toHaveBeenCalled());
  });
});
