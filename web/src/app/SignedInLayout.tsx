import { Outlet } from 'react-router';
import { AccountMenu } from '../features/auth/AccountMenu';
import { Layout } from '../ui/Layout';
import { RequireAuth, useCurrentUser } from './AuthContext';

export function SignedInLayout() {
  return (
    <RequireAuth>
      <SignedInShell />
    </RequireAuth>
  );
}

function SignedInShell() {
  const user = useCurrentUser();
  return (
    <Layout actions={<AccountMenu displayName={user.displayName} />}>
      <Outlet />
    </Layout>
  );
}
