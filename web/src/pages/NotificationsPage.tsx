import { useTranslation } from 'react-i18next';
import { NotificationList } from '../features/notifications/NotificationList';
import { PageTitle } from '../ui/PageTitle';
import '../features/review/review.css';

export default function NotificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notifications.title')} />
      <h1>{t('notifications.title')}</h1>
      <NotificationList />
    </>
  );
}
