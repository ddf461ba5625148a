import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NOTIFICATIONS_PATH } from './paths';
import { UnreadNotificationCountDocument } from './notifications.generated';
import './notifications.css';

/** Checked once a minute: a LAN server, so polling is cheap and needs nothing more than HTTP. */
const POLL_MS = 60_000;

/** The header's bell: a link to the notifications with the number still unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const count =
    useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' }).data
      ?.myUnreadNotificationCount ?? 0;
  const label = count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.title');
  return (
    <NavLink to={NOTIFICATIONS_PATH} className="notification-bell" aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6v-5a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z"
        />
      </svg>
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      )}
    </NavLink>
  );
}
