import { createContext, use, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../features/auth/auth.generated';
import type { CurrentUser } from '../features/auth/model';
import { Layout } from '../ui/Layout';
import { QueryStatus } from './QueryStatus';

const AuthContext = createContext<CurrentUser | null>(null);

/** Renders children only for a signed-in user; otherwise QueryStatus sends the visitor to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(MeDocument);
  if (!data) {
    return (
      <Layout>
        <QueryStatus error={error} />
      </Layout>
    );
  }
  return <AuthContext value={data.me}>{children}</AuthContext>;
}

export function useCurrentUser(): CurrentUser {
  const user = use(AuthContext);
  if (!user) throw new Error('useCurrentUser must be used inside <RequireAuth>');
  return user;
}
