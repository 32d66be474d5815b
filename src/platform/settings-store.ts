/**
 * Loads and saves the user's settings in browser storage (the layout is in
 * core/settings.ts). A failed write rejects with an Error that names what
 * could not be saved, for the caller to show; it is never swallowed.
 */
import { readSettings, storedForm, SYNC_KEY, USER_RULES_KEY, type Settings, type SettingsRead } from '../core/settings.js';
import { nativeBrowser as browser, t } from './native-browser.js';

export const SEEN_KEY = 'seen';

export async function loadSettings(): Promise<SettingsRead> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(SYNC_KEY).catch(() => ({})),
    browser.storage.local.get(USER_RULES_KEY).catch(() => ({})),
  ]);
  return readSettings({ sync, local });
}

export async function saveSettings(settings: Settings): Promise<void> {
  const { sync, local } = storedForm(settings);
  try {
    await browser.storage.sync.set(sync);
  } catch (error) {
    throw new Error(t('saveFailedPreferences', (error as Error).message));
  }
  try {
    await browser.storage.local.set(local);
  } catch (error) {
    throw new Error(t('saveFailedRules', (error as Error).message));
  }
}

/** Applies `change` to the stored settings and saves the result. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = change((await loadSettings()).settings);
  await saveSettings(next);
  return next;
}

export async function loadSeen(): Promise<string[]> {
  const stored = await browser.storage.local.get(SEEN_KEY).catch(() => ({}) as Record<string, unknown>);
  const value = (stored as Record<string, unknown>)[SEEN_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function onSettingsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' && SYNC_KEY in changes) || (area === 'local' && USER_RULES_KEY in changes)) listener();
  });
}
