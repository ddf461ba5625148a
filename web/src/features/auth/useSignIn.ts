import { useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from './auth.generated';
import type { LoginVariables } from './model';

/** Signs in and stores the returned user as `me`, so the protected pages do not ask again. */
export function useSignIn() {
  const [login, { loading, error }] = useMutation(LoginDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login.user } });
    },
  });

  /** Resolves to whether it worked; the failure itself is rendered from `error`. */
  const signIn = async (variables: LoginVariables): Promise<boolean> => {
    try {
      await login({ variables });
      return true;
    } catch {
      return false;
    }
  };

  return { signIn, loading, error };
}
