import { Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/auth/AccountMenu';
import { hasPermission } from '../features/auth/permissions';
import { ProgressStatus } from '../features/learning/ProgressStatus';
import { ProgressSyncProvider, useProgressSync } from '../features/learning/ProgressSyncProvider';
import { SavedContentNotice } from '../features/offline/SavedContentNotice';
import { SavedContentProvider } from '../features/offline/SavedContentProvider';
import { OfflineAttemptsProvider } from '../features/quizzes/OfflineAttemptsProvider';
import { SEARCH_PATH } from '../features/search/paths';
import { SearchForm } from '../features/search/SearchForm';
import { Layout } from '../ui/Layout';
import { RequireAuth, useCurrentUser } from './AuthContext';
import { MainNav } from './MainNav';
import ChangePasswordPage from '../pages/ChangePasswordPage';

export function SignedInLayout() {
  return (
    <RequireAuth>
      <SignedInLearning />
    </RequireAuth>
  );
}

/** The signed-in learner's events are sent from here, whichever page is open. */
function SignedInLearning() {
  const user = useCurrentUser();
  // The API refuses everything else until a password someone else set is changed; so does the app.
  if (user.mustChangePassword) return <ForcedPasswordChange />;
  if (!hasPermission(user, 'learning:record')) return <SignedInShell />;
  return (
    <ProgressSyncProvider key={user.id} userId={user.id}>
      <OfflineAttemptsProvider key={user.id} userId={user.id}>
        <SavedContentProvider key={user.id} userId={user.id}>
          <SignedInShell />
        </SavedContentProvider>
      </OfflineAttemptsProvider>
    </ProgressSyncProvider>
  );
}

function SignedInShell() {
  const user = useCurrentUser();
  const sync = useProgressSync();
  const { pathname } = useLocation();
  return (
    <Layout
      navigation={<MainNav />}
      status={
        <>
          <ProgressStatus />
          <SavedContentNotice />
        </>
      }
      actions={
        <>
          {/* The search page has its own, larger form. */}
          {pathname !== SEARCH_PATH && <SearchForm variant="header" />}
          {/* Whatever can still be sent goes first; the rest waits for this user's next visit. */}
          <AccountMenu displayName={user.displayName} beforeSignOut={sync ? () => sync.flush() : undefined} />
        </>
      }
    >
      <Outlet />
    </Layout>
  );
}

function ForcedPasswordChange() {
  const user = useCurrentUser();
  return (
    <Layout actions={<AccountMenu displayName={user.displayName} />}>
      <ChangePasswordPage forced />
    </Layout>
  );
}
