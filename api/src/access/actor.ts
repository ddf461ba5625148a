import type { Role } from './role.enum';

/** Who is making a request: resolved once per request by the auth guard from the session. */
export interface Actor {
  userId: string;
  username: string;
  sessionId: string;
  /** The password was set by someone else: only changing it (and me, logout) is allowed until then. */
  mustChangePassword?: boolean;
  assignments: { role: Role; regionId: string | null; regionPath: string | null }[];
}
