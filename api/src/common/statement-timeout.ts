/**
 * PostgreSQL cancels any statement running longer (SQLSTATE 57014, answered as QUERY_TIMEOUT), so one heavy
 * request cannot hold a connection and starve `/health` and other users. Migrations and imports stay far below.
 */
export const STATEMENT_TIMEOUT_MS = 30_000;
