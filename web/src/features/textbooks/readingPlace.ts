import { useEffect } from 'react';
import { readStored, writeStored } from '../../lib/storage';

/** Where a reader stopped in a textbook; kept in this browser only, so it works without the server. */
export interface ReadingPlace {
  sectionId: string;
  scrollY: number;
}

const SAVE_INTERVAL_MS = 500;
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

const storageKey = (textbookId: string) => `dari.readingPlace.${textbookId}`;

function isReadingPlace(value: unknown): value is ReadingPlace {
  if (typeof value !== 'object' || value === null) return false;
  const { sectionId, scrollY } = value as Record<string, unknown>;
  return typeof sectionId === 'string' && typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY >= 0;
}

export function readingPlace(textbookId: string): ReadingPlace | null {
  const stored = readStored(storageKey(textbookId));
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    return isReadingPlace(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberPlace(textbookId: string, place: ReadingPlace): void {
  writeStored(storageKey(textbookId), JSON.stringify(place));
}

/**
 * Scrolls to `y`, and once more when the page's figures have loaded: until then they have no height, so the
 * text sits higher than when the place was saved. Stops as soon as the reader scrolls by themselves.
 */
function restoreScroll(y: number): () => void {
  window.scrollTo(0, y);
  const loading = Array.from(document.images).filter((image) => !image.complete);
  let remaining = loading.length;
  const stop = () => {
    for (const image of loading) {
      image.removeEventListener('load', settled);
      image.removeEventListener('error', settled);
    }
    for (const type of READER_INPUT) window.removeEventListener(type, stop);
  };
  function settled() {
    remaining -= 1;
    if (remaining > 0) return;
    stop();
    window.scrollTo(0, y);
  }
  for (const image of loading) {
    image.addEventListener('load', settled);
    image.addEventListener('error', settled);
  }
  for (const type of READER_INPUT) window.addEventListener(type, stop, { passive: true });
  return stop;
}

/**
 * Remembers the section being read and its scroll position (at most every half second, and on leaving it).
 * Opening the remembered section again returns to that position. Must run in an effect that comes after
 * `ScrollToTop`'s, which React guarantees because the page renders after it in the tree.
 */
export function useReadingPlace(textbookId: string, sectionId: string): void {
  useEffect(() => {
    const stored = readingPlace(textbookId);
    const startY = stored?.sectionId === sectionId ? stored.scrollY : 0;
    const stopRestoring = startY > 0 ? restoreScroll(startY) : () => undefined;
    rememberPlace(textbookId, { sectionId, scrollY: startY });

    const save = () => rememberPlace(textbookId, { sectionId, scrollY: Math.round(window.scrollY) });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        save();
      }, SAVE_INTERVAL_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      stopRestoring();
      window.removeEventListener('scroll', onScroll);
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
  }, [textbookId, sectionId]);
}
