import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressEventInput } from './model';
import { ProgressQueue, type SendBatch } from './progressQueue';
import { ProgressSync } from './progressSync';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** A server that records every batch it gets, unless told to be unreachable. */
function fakeServer() {
  const batches: ProgressEventInput[][] = [];
  let reachable = true;
  const send = vi.fn<SendBatch>(async (events) => {
    if (!reachable) throw new TypeError('Failed to fetch');
    batches.push(events);
    return { kind: 'recorded' };
  });
  return {
    send,
    batches,
    received: () => batches.flat(),
    setReachable: (value: boolean) => {
      reachable = value;
    },
  };
}

const stops: (() => void)[] = [];
function startSync(send: SendBatch, userId = 'trainee') {
  const sync = new ProgressSync(new ProgressQueue(userId), send);
  stops.push(sync.start());
  return sync;
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
});

describe('ProgressSync', () => {
  it('gives each event a UUID and the time it happened, within what the API accepts', async () => {
    setOnline(false);
    const sync = startSync(fakeServer().send);

    await sync.record({ lessonId: 'l1', type: 'position', position: 1.2, percentRead: 100.4 });
    await sync.record({ lessonId: 'l1', type: 'time', seconds: 0 });

    const [position, time] = await new ProgressQueue('trainee').pending();
    expect(position.id).toMatch(UUID_V4);
    expect(time.id).not.toBe(position.id);
    expect(Number.isNaN(Date.parse(position.occurredAt))).toBe(false);
    expect(position).toMatchObject({ lessonId: 'l1', type: 'position', position: 1, percentRead: 100 });
    expect(time).toMatchObject({ type: 'time', seconds: 1 });
  });

  it('queues events while offline and sends them once when the browser is back online', async () => {
    setOnline(false);
    const server = fakeServer();
    const sync = startSync(server.send);

    await sync.record({ lessonId: 'l1', type: 'opened' });
    await sync.record({ lessonId: 'l1', type: 'completed' });
    await sync.flush();
    expect(server.send).not.toHaveBeenCalled();
    expect(sync.getStatus()).toEqual({ pending: 2, offline: true });

    setOnline(true);
    await vi.waitFor(() => expect(sync.getStatus()).toEqual({ pending: 0, offline: false }));
    await sync.flush();

    expect(server.received().map((event) => event.type)).toEqual(['opened', 'completed']);
    expect(server.send).toHaveBeenCalledTimes(1);
  });

  it('sends a completion at once when online, and never the same event twice', async () => {
    setOnline(true);
    const server = fakeServer();
    const sync = startSync(server.send);

    await sync.record({ lessonId: 'l1', type: 'completed' });
    await Promise.all([sync.flush(), sync.flush()]);

    expect(server.received()).toHaveLength(1);
    expect(server.received()[0].type).toBe('completed');
  });

  it('keeps events the server could not be reached for, and sends them after a reload', async () => {
    setOnline(true);
    const server = fakeServer();
    server.setReachable(false);
    const sync = startSync(server.send);

    await sync.record({ lessonId: 'l1', type: 'completed' });
    expect(sync.getStatus()).toEqual({ pending: 1, offline: true });

    // The tab is closed; a new page load makes a new queue and sync on the same IndexedDB.
    for (const stop of stops.splice(0)) stop();
    server.setReachable(true);
    startSync(server.send);

    await vi.waitFor(async () => expect(await new ProgressQueue('trainee').count()).toBe(0));
    expect(server.received().map((event) => event.type)).toEqual(['completed']);
  });
});
