import { PgliteSessionQueue } from './pglite-session-queue';

/** Records the order PGlite would see messages in; `BEGIN`/`COMMIT` as simple queries toggle a transaction. */
function recordingDatabase() {
  const seen: string[] = [];
  let inTransaction = false;
  const db = {
    isInTransaction: () => inTransaction,
    runExclusive: <T>(fn: () => Promise<T>) => fn(),
    exec: async (sql: string) => {
      seen.push(sql);
      inTransaction = false;
      return [];
    },
    execProtocolRawStream: async (message: Uint8Array, { onRawData }: { onRawData: (d: Uint8Array) => void }) => {
      const text = Buffer.from(message).toString();
      seen.push(text);
      if (text === 'QBEGIN') inTransaction = true;
      if (text === 'QCOMMIT') inTransaction = false;
      await new Promise((resolve) => setImmediate(resolve));
      onRawData(new Uint8Array([1]));
    },
  };
  return { db: db as never, seen };
}

const msg = (text: string) => new Uint8Array(Buffer.from(text));

describe('PgliteSessionQueue', () => {
  it('keeps one connection’s Parse/Bind/Execute/Sync together while another connection waits', async () => {
    const { db, seen } = recordingDatabase();
    const queue = new PgliteSessionQueue(db);
    const sent = [
      queue.enqueue(1, msg('P1'), () => undefined),
      queue.enqueue(2, msg('P2'), () => undefined),
      queue.enqueue(1, msg('B1'), () => undefined),
      queue.enqueue(2, msg('B2'), () => undefined),
      queue.enqueue(1, msg('E1'), () => undefined),
      queue.enqueue(2, msg('E2'), () => undefined),
      queue.enqueue(1, msg('S1'), () => undefined),
      queue.enqueue(2, msg('S2'), () => undefined),
    ];
    expect(await Promise.all(sent)).toEqual(Array(8).fill(1));
    expect(seen).toEqual(['P1', 'B1', 'E1', 'S1', 'P2', 'B2', 'E2', 'S2']);
  });

  it('gives the session to one connection for a whole transaction, and takes it back with a rollback if it disconnects', async () => {
    const { db, seen } = recordingDatabase();
    const queue = new PgliteSessionQueue(db);
    await queue.enqueue(1, msg('QBEGIN'), () => undefined);
    const waiting = queue.enqueue(2, msg('QSELECT 2'), () => undefined);
    await queue.enqueue(1, msg('QINSERT'), () => undefined);
    expect(seen).toEqual(['QBEGIN', 'QINSERT']);
    queue.clearQueueForHandler(1);
    await queue.clearTransactionIfNeeded(1);
    await waiting;
    expect(seen).toEqual(['QBEGIN', 'QINSERT', 'ROLLBACK', 'QSELECT 2']);
  });

  it('rejects a disconnected connection’s queued messages and never leaves the others waiting on it', async () => {
    const { db, seen } = recordingDatabase();
    const queue = new PgliteSessionQueue(db);
    const running = queue.enqueue(2, msg('QSELECT 1'), () => undefined);
    const orphans = [queue.enqueue(1, msg('P1'), () => undefined), queue.enqueue(1, msg('S1'), () => undefined)];
    queue.clearQueueForHandler(1);
    for (const orphan of orphans) await expect(orphan).rejects.toThrow('Handler disconnected');
    await running;

    // A connection that vanishes between Parse and Sync releases the session.
    await queue.enqueue(3, msg('P3'), () => undefined);
    const waiting = queue.enqueue(2, msg('QSELECT 2'), () => undefined);
    await queue.clearTransactionIfNeeded(3);
    await waiting;
    expect(seen).toEqual(['QSELECT 1', 'P3', 'QSELECT 2']);
    expect(queue.getQueueLength()).toBe(0);
  });
});
