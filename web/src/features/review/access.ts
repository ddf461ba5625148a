import type { Role } from '../auth/model';

// Mirrors the API's permissions (api/src/access/permission.ts); the API decides, these only choose what to show.
const has = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((role) => allowed.includes(role));

/** Writes revisions and publishes approved ones. */
export const canAuthor = (roles: readonly Role[]) => has(roles, ['author', 'admin']);
/** Is asked to review, decides, suggests edits, accepts terms. */
export const canReview = (roles: readonly Role[]) => has(roles, ['reviewer', 'admin']);
/** Faculty: reads revisions and history, works with the glossary and notifications. */
export const isFaculty = (roles: readonly Role[]) => has(roles, ['author', 'reviewer', 'admin']);
export const canImportGlossary = (roles: readonly Role[]) => has(roles, ['admin']);
