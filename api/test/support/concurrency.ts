import { Client } from 'pg';

/**
 * Sends the requests together, holding back every audit insert until all have arrived, so their transactions
 * overlap for as long as that takes (each change writes its audit event in its transaction). On the embedded
 * database, which runs one transaction at a time, every request waits at its first query instead.
 */
export async function allAtOnce<T>(send: () => Promise<T>[], settleMs = 1000): Promise<T[]> {
  const gate = new Client({ connectionString: process.env.DATABASE_URL });
  await gate.connect();
  try {
    await gate.query('BEGIN');
    await gate.query('LOCK TABLE audit_event IN SHARE MODE');
    const results = Promise.all(send());
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    await gate.query('COMMIT');
    return await results;
  } finally {
    await gate.end();
  }
}
