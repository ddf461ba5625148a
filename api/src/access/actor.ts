import type { Role } from '../users/role.enum';

/** Who is making a request: resolved once per request by the auth guard from the session. */
export interface Actor {
  userId: string;
  username: string;
  sessionId: string;
  assignments: { role: Role; regionId: string | null; regionPath: string | null }[];
}
