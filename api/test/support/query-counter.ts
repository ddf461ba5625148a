import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** Counts the SQL statements the app sends while `run` is in progress (the app runs in this process). */
export async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const original = PostgresQueryRunner.prototype.query;
  let count = 0;
  PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
    count++;
    return original.apply(this, args);
  } as typeof original;
  try {
    await run();
  } finally {
    PostgresQueryRunner.prototype.query = original;
  }
  return count;
}
