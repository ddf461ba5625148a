import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { landingPath } from '../features/auth/permissions';
import { useCurrentUser } from './AuthContext';

/** `/`: each role's own workspace; trainees (and anyone without one) get the trainee home. */
export function Landing({ trainee }: { trainee: ReactNode }) {
  const path = landingPath(useCurrentUser());
  return path ? <Navigate to={path} replace /> : trainee;
}
