import { useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../lib/storage';

/** `auto` follows the device: Save-Data, or a 2G-class link as the browser measures it. */
export type LowDataSetting = 'auto' | 'on' | 'off';

const STORAGE_KEY = 'dari.lowData';
/** Read by the server, so the lesson HTML it renders leaves figures out too (api ServerPagesController). */
const COOKIE = 'dari_low_data';
const CHANGED = 'dari:low-data';

interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
  addEventListener?: (type: 'change', listener: () => void) => void;
  removeEventListener?: (type: 'change', listener: () => void) => void;
}

const connection = (): NetworkInformation | undefined => (navigator as Navigator & { connection?: NetworkInformation }).connection;

/** Whether the device asks to save data or its link is as slow as 2G. */
export function slowLink(info: NetworkInformation | undefined = connection()): boolean {
  return info?.saveData === true || info?.effectiveType === 'slow-2g' || info?.effectiveType === '2g';
}

export function lowDataSetting(): LowDataSetting {
  const stored = readStored(STORAGE_KEY);
  return stored === 'on' || stored === 'off' ? stored : 'auto';
}

export function isLowData(setting: LowDataSetting = lowDataSetting(), info = connection()): boolean {
  return setting === 'auto' ? slowLink(info) : setting === 'on';
}

export function setLowData(setting: LowDataSetting): void {
  writeStored(STORAGE_KEY, setting);
  const on = isLowData(setting);
  document.cookie = `${COOKIE}=${on ? 'on' : 'off'}; path=/; max-age=${on ? 31536000 : 0}; SameSite=Strict`;
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  connection()?.addEventListener?.('change', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
    connection()?.removeEventListener?.('change', onChange);
  };
}

/** Low-data mode as it stands now: the reader's switch, else the device's link. */
export function useLowData(): boolean {
  return useSyncExternalStore(subscribe, () => isLowData());
}
