import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { isAuthError } from '../../lib/graphqlError';
import { clearSaved } from '../offline/savedStore';
import { LogoutDocument } from './auth.generated';

export function useSignOut(beforeSignOut?: () => Promise<void>) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading, error }] = useMutation(LogoutDocument);

  const signOut = async () => {
    await beforeSignOut?.();
    try {
      await logout();
    } catch (cause) {
      // An already expired session is signed out anyway; any other failure must stay visible,
      // because on a shared computer the next person would otherwise inherit the session.
      if (!isAuthError(cause)) return;
    }
    // clearStore, not resetStore: refetching `me` now would only race the navigation with a 401.
    await client.clearStore();
    // Saved course material belongs to this user's visit: the next person on this computer starts without it.
    await clearSaved().catch(() => undefined);
    navigate('/login', { replace: true });
  };

  return { signOut, loading, error: isAuthError(error) ? undefined : error };
}
