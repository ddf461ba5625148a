import { useEffect, type RefObject } from 'react';
import { useProgressSync } from './ProgressSyncProvider';
import type { NewProgressEvent } from './progressSync';

/** A position event at most this often while scrolling, and one on leaving. */
const POSITION_INTERVAL_MS = 5_000;
/** Reading time is sent in pieces of this many seconds, and the rest on leaving. */
const TIME_EVENT_SECONDS = 60;
/** Without scrolling, a key or a touch for this long, the reader has stopped reading (e.g. left the desk). */
const IDLE_AFTER_MS = 5 * 60_000;

const ACTIVITY = ['scroll', 'wheel', 'keydown', 'mousedown', 'touchstart'] as const;

interface ReadingPosition {
  /** How far the top of the window is into the body, as a fraction of its height (0..1). */
  position: number;
  /** How much of the body has been on screen, 0..100. */
  percent: number;
}

const fraction = (value: number) => Math.min(1, Math.max(0, value));

function readingPosition(body: HTMLElement): ReadingPosition {
  const { top, height } = body.getBoundingClientRect();
  if (height <= 0) return { position: 0, percent: 100 };
  return {
    position: fraction(-top / height),
    percent: Math.round(fraction((window.innerHeight - top) / height) * 100),
  };
}

/** Scrolls so that the window's top is `position` (0..1) of the way into the body. */
export function scrollToPosition(body: HTMLElement, position: number): void {
  const { top, height } = body.getBoundingClientRect();
  window.scrollTo(0, Math.round(window.scrollY + top + position * height));
}

/**
 * Records the reading of a lesson: `opened` at once; `position` (where the reader is, and the furthest they got)
 * at most every 5 seconds while scrolling; `time` for the seconds the page is visible and the reader active.
 * What has not been sent yet is recorded when the page is hidden and when the reader leaves the lesson.
 * Nothing is recorded for users who do not learn (no sync).
 */
export function useLessonTracking(lessonId: string, body: RefObject<HTMLElement | null>): void {
  const sync = useProgressSync();

  useEffect(() => {
    if (!sync) return;
    const record = (event: Omit<NewProgressEvent, 'lessonId'>) => void sync.record({ lessonId, ...event });
    record({ type: 'opened' });

    // Measured while the body is on the page; leaving the lesson uses the last measurement.
    let current = body.current ? readingPosition(body.current) : null;
    let furthest = current?.percent ?? 0;
    let sent: ReadingPosition | null = null;
    let positionTimer: ReturnType<typeof setTimeout> | undefined;
    let activeSeconds = 0;
    let lastActivity = Date.now();

    const sendPosition = () => {
      clearTimeout(positionTimer);
      positionTimer = undefined;
      if (!current || (sent && sent.position === current.position && sent.percent === furthest)) return;
      sent = { position: current.position, percent: furthest };
      record({ type: 'position', position: sent.position, percentRead: sent.percent });
    };
    const sendTime = () => {
      if (activeSeconds === 0) return;
      record({ type: 'time', seconds: activeSeconds });
      activeSeconds = 0;
    };
    const leave = () => {
      sendPosition();
      sendTime();
    };

    const onActivity = () => {
      lastActivity = Date.now();
    };
    const onScroll = () => {
      if (body.current) current = readingPosition(body.current);
      if (current) furthest = Math.max(furthest, current.percent);
      positionTimer ??= setTimeout(sendPosition, POSITION_INTERVAL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') leave();
      else onActivity();
    };
    const clock = setInterval(() => {
      if (document.visibilityState !== 'visible' || Date.now() - lastActivity > IDLE_AFTER_MS) return;
      activeSeconds += 1;
      if (activeSeconds >= TIME_EVENT_SECONDS) sendTime();
    }, 1000);

    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', leave);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', leave);
      clearInterval(clock);
      leave();
    };
  }, [sync, lessonId, body]);
}
