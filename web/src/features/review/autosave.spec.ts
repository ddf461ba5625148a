import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type AutosaveState, type Draft } from './autosave';
import { copyToRestore, readLocalCopy } from './localDraft';

const conflict = new Error('SAVE_CONFLICT');
const offline = new TypeError('Failed to fetch');

function autosaver(save: (draft: Draft, saves: number) => Promise<number>) {
  const states: AutosaveState['status'][] = [];
  const saver = new Autosaver({
    revisionId: 'r1',
    saves: 3,
    save,
    isConflict: (error) => error === conflict,
    isTransient: (error) => error instanceof TypeError,
    onState: (state) => states.push(state.status),
    delay: 1500,
    retryDelay: 10_000,
    now: () => 42,
  });
  return { saver, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosaver', () => {
  it('keeps every change on the device at once and saves once after typing pauses', async () => {
    const save = vi.fn(async (_draft: Draft, saves: number) => saves + 1);
    const { saver, states } = autosaver(save);
    saver.change({ title: '제목', body: '가' });
    saver.change({ title: '제목', body: '가나' });
    expect(readLocalCopy('r1')).toEqual({ title: '제목', body: '가나', baseSaves: 3, changedAt: 42 });
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ title: '제목', body: '가나' }, 3);
    expect(readLocalCopy('r1')).toBeNull(); // confirmed by the server
    expect(saver.baseSaves).toBe(4);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps the local copy through a dropped connection and saves when retrying', async () => {
    const save = vi.fn<(draft: Draft, saves: number) => Promise<number>>().mockRejectedValueOnce(offline).mockResolvedValue(4);
    const { saver, states } = autosaver(save);
    saver.change({ title: '제목', body: '보관' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('offline');
    expect(readLocalCopy('r1')?.body).toBe('보관');

    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(readLocalCopy('r1')).toBeNull();
    expect(states.at(-1)).toBe('saved');
  });

  it('stops on a conflict, keeping the text, and continues from the server once the author chooses', async () => {
    const save = vi.fn<(draft: Draft, saves: number) => Promise<number>>().mockRejectedValueOnce(conflict).mockResolvedValue(8);
    const { saver, states } = autosaver(save);
    saver.change({ title: '제목', body: '내 글' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(states.at(-1)).toBe('conflict');
    saver.change({ title: '제목', body: '내 글 더' });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(save).toHaveBeenCalledTimes(1); // no retry into the same conflict
    expect(readLocalCopy('r1')?.body).toBe('내 글 더');

    saver.rebase(7, true); // "save my text over it", based on the server's latest count
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith({ title: '제목', body: '내 글 더' }, 7);
    expect(readLocalCopy('r1')).toBeNull();
  });

  it('saves a change made while a save was on its way, based on the new count', async () => {
    let finish: (saves: number) => void = () => undefined;
    const save = vi.fn((_draft: Draft, saves: number) =>
      saves === 3 ? new Promise<number>((resolve) => (finish = resolve)) : Promise.resolve(saves + 1),
    );
    const { saver } = autosaver(save);
    saver.change({ title: 't', body: 'a' });
    await vi.advanceTimersByTimeAsync(1500);
    saver.change({ title: 't', body: 'ab' });
    finish(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(readLocalCopy('r1')).toMatchObject({ body: 'ab', baseSaves: 4 });
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith({ title: 't', body: 'ab' }, 4);
    expect(readLocalCopy('r1')).toBeNull();
  });
});

describe('copyToRestore', () => {
  it('offers a local copy only when it differs from the server text', () => {
    localStorage.setItem('dari.revisionDraft.r2', JSON.stringify({ title: 'T', body: 'local', baseSaves: 1, changedAt: 5 }));
    expect(copyToRestore('r2', { title: 'T', body: 'server' })).toMatchObject({ body: 'local' });
    expect(copyToRestore('r2', { title: 'T', body: 'local' })).toBeNull();
    expect(localStorage.getItem('dari.revisionDraft.r2')).toBeNull();
    localStorage.setItem('dari.revisionDraft.r3', 'not json');
    expect(copyToRestore('r3', { title: 'T', body: 'x' })).toBeNull();
  });
});
