/** Where dismissals live in `storage.session`, shared by the background and the content script. */
export const DISMISSED_KEY = 'dismissed';

/** Reads the stored list defensively: anything but an array of strings counts as none. */
export function readDismissedList(stored: Record<string, unknown>): string[] {
  const value = stored[DISMISSED_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
