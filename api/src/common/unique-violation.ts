/** A unique index (any, or the one named) refused the row: a concurrent request wrote the same thing first. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e =
    (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? (error as { code?: string; constraint?: string });
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
