import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryStatus } from '../../app/QueryStatus';
import { formatMoment } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MarkNotificationsReadDocument, MyNotificationsDocument, UnreadNotificationCountDocument } from './notifications.generated';

/** My notifications, newest first; opening one marks it read, and all can be marked read at once. */
export function NotificationList() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(MyNotificationsDocument, { variables: { unreadOnly: false }, fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [{ query: MyNotificationsDocument, variables: { unreadOnly: false } }, { query: UnreadNotificationCountDocument }],
  });
  if (!data) return <QueryStatus error={error} />;
  const notifications = data.myNotifications.items;
  const unread = notifications.filter((notification) => !notification.readAt);
  const read = (ids?: string[]) => void markRead({ variables: { ids } }).catch(() => null);
  return (
    <>
      {marking.error && <ErrorMessage error={marking.error} />}
      {unread.length > 0 && (
        <p>
          <Button variant="quiet" disabled={marking.loading} onClick={() => read()}>
            {t('notifications.markAllRead')}
          </Button>
        </p>
      )}
      {notifications.length === 0 ? (
        <p className="muted">{t('notifications.none')}</p>
      ) : (
        <ul className="notifications">
          {notifications.map((notification) => (
            <li key={notification.id} className={notification.readAt ? 'notification' : 'notification notification--unread'}>
              <Link to={notification.link} onClick={() => !notification.readAt && read([notification.id])}>
                {t(`notifications.kind.${notification.kind}`, { actor: notification.actorName ?? '', subject: notification.subject })}
              </Link>
              <span className="notification__time"> · {formatMoment(notification.createdAt, i18n.language, { withTime: true })}</span>
              {!notification.readAt && (
                <>
                  {' '}
                  <span className="badge">{t('notifications.unread')}</span>{' '}
                  <Button variant="quiet" disabled={marking.loading} onClick={() => read([notification.id])}>
                    {t('notifications.markRead')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
