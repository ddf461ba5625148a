import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEventInput } from './model';
import { BATCH_SIZE, ProgressQueue, type SendBatch } from './progressQueue';

let counter = 0;
function event(overrides: Partial<ProgressEventInput> = {}): ProgressEventInput {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return { id, lessonId: 'anaemia-in-pregnancy', type: 'opened', occurredAt: new Date().toISOString(), ...overrides };
}

const recorded: SendBatch = async () => ({ kind: 'recorded' });

// Dropped events are logged for whoever looks at the console; the tests check the queue instead.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProgressQueue', () => {
  it('keeps events in IndexedDB, oldest first, for a new queue on the same database (a reload)', async () => {
    const first = event();
    const second = event({ type: 'position', position: 0.5, percentRead: 60 });
    const before = new ProgressQueue('trainee');
    await before.enqueue(first);
    await before.enqueue(second);

    const afterReload = new ProgressQueue('trainee');
    expect(await afterReload.pending()).toEqual([first, second]);
    expect(await afterReload.count()).toBe(2);
  });

  it('stores an event once however often it is queued', async () => {
    const queue = new ProgressQueue('trainee');
    const once = event();
    await queue.enqueue(once);
    await queue.enqueue(once);

    expect(await queue.pending()).toEqual([once]);
  });

  it("keeps each user's events apart", async () => {
    await new ProgressQueue('trainee').enqueue(event());
    const other = new ProgressQueue('author');

    expect(await other.count()).toBe(0);
  });

  it('sends what waits and removes it once the server has recorded it', async () => {
    const queue = new ProgressQueue('trainee');
    const events = [event(), event({ type: 'completed' })];
    for (const item of events) await queue.enqueue(item);
    const send = vi.fn(recorded);

    await queue.flush(send);
    await queue.flush(send);

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(events);
    expect(await queue.count()).toBe(0);
  });

  it('keeps everything when the batch cannot be delivered, and sends it on the next try', async () => {
    const queue = new ProgressQueue('trainee');
    const waiting = event({ type: 'completed' });
    await queue.enqueue(waiting);

    await expect(queue.flush(() => Promise.reject(new TypeError('Failed to fetch')))).rejects.toThrow(TypeError);
    expect(await new ProgressQueue('trainee').pending()).toEqual([waiting]);

    const send = vi.fn(recorded);
    await new ProgressQueue('trainee').flush(send);
    expect(send).toHaveBeenCalledWith([waiting]);
    expect(await queue.count()).toBe(0);
  });

  it('sends long queues in batches', async () => {
    const queue = new ProgressQueue('trainee');
    for (let i = 0; i < BATCH_SIZE + 1; i += 1) await queue.enqueue(event());
    const send = vi.fn(recorded);

    await queue.flush(send);

    expect(send.mock.calls.map(([batch]) => batch.length)).toEqual([BATCH_SIZE, 1]);
  });

  it('drops only the events the server refused and sends the rest again', async () => {
    const queue = new ProgressQueue('trainee');
    const good = event();
    const bad = event({ lessonId: 'no-such-lesson' });
    await queue.enqueue(good);
    await queue.enqueue(bad);
    const send = vi.fn<SendBatch>(async (batch) =>
      batch.some((item) => item.id === bad.id) ? { kind: 'refused', ids: [bad.id] } : { kind: 'recorded' },
    );

    await queue.flush(send);

    expect(send.mock.calls.map(([batch]) => batch)).toEqual([[good, bad], [good]]);
    expect(await queue.count()).toBe(0);
  });

  it('finds an unnamed bad event by sending one at a time, without losing the good ones', async () => {
    const queue = new ProgressQueue('trainee');
    const good = event();
    const bad = event({ lessonId: 'no-such-lesson' });
    await queue.enqueue(bad);
    await queue.enqueue(good);
    const delivered: ProgressEventInput[] = [];
    const send: SendBatch = async (batch) => {
      if (batch.some((item) => item.id === bad.id)) return { kind: 'refused', ids: [] };
      delivered.push(...batch);
      return { kind: 'recorded' };
    };

    await queue.flush(send);

    expect(delivered).toEqual([good]);
    expect(await queue.count()).toBe(0);
  });
});
