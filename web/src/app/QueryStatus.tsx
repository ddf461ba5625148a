import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../features/auth/nextPath';
import { errorCode, isAuthError } from '../lib/graphqlError';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Loading } from '../ui/Loading';
import { NotFound } from '../ui/NotFound';

/**
 * What a page shows while its query has no data. Any query can find the session gone (e.g. expired
 * mid-lesson), so every page sends the trainee to sign in and back here afterwards.
 */
export function QueryStatus({ error }: { error?: unknown }) {
  const location = useLocation();
  if (!error) return <Loading />;
  if (isAuthError(error)) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (errorCode(error) === 'NOT_FOUND') return <NotFound />;
  return <ErrorMessage error={error} />;
}
