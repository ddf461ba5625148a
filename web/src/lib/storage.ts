// localStorage throws in some private modes and locked-down browsers; callers treat that as "nothing stored".

export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Not being remembered is acceptable: the app keeps working for this visit. */
export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage unavailable or full.
  }
}
