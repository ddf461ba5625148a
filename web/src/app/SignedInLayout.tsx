import { Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/auth/AccountMenu';
import { SEARCH_PATH } from '../features/search/paths';
import { SearchForm } from '../features/search/SearchForm';
import { Layout } from '../ui/Layout';
import { RequireAuth, useCurrentUser } from './AuthContext';
import { MainNav } from './MainNav';

export function SignedInLayout() {
  return (
    <RequireAuth>
      <SignedInShell />
    </RequireAuth>
  );
}

function SignedInShell() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  return (
    <Layout
      navigation={<MainNav />}
      actions={
        <>
          {/* The search page has its own, larger form. */}
          {pathname !== SEARCH_PATH && <SearchForm variant="header" />}
          <AccountMenu displayName={user.displayName} />
        </>
      }
    >
      <Outlet />
    </Layout>
  );
}
