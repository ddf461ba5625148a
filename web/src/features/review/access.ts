import { hasPermission, type PermissionHolder } from '../auth/permissions';

// The API decides; these only choose what to show, from the user's permissions (`me { permissions }`).

/** Writes revisions and submits them for review. */
export const canAuthor = (user: PermissionHolder) => hasPermission(user, 'revisions:write');
/** Publishes approved revisions. */
export const canPublish = (user: PermissionHolder) => hasPermission(user, 'content:publish');
/** Is asked to review, decides, suggests edits, accepts terms. */
export const canReview = (user: PermissionHolder) => hasPermission(user, 'review:decide');
/** Faculty: reads revisions and history. */
export const isFaculty = (user: PermissionHolder) => hasPermission(user, 'revisions:read');
/** Sees proposed and rejected glossary entries, exports and checks texts. */
export const canWorkOnGlossary = (user: PermissionHolder) => hasPermission(user, 'glossary:work');
/** Confirms or rejects proposed glossary entries. */
export const canDecideGlossary = (user: PermissionHolder) => hasPermission(user, 'glossary:decide');
export const canImportGlossary = (user: PermissionHolder) => hasPermission(user, 'glossary:import');
