/**
 * Keeps storage.local's copy of the notes (core/stored-warnings.ts) in step
 * with the packaged rules: rewritten on every install and update (a reloaded
 * development build may change rules without changing its version), and at
 * browser start only when the stored version differs. The version key is
 * removed first and written last, so a content script never reads half a
 * copy: without the key it asks the background instead.
 */
import { warningDataOf, type PublishedRules, type WarningData } from '../core/published-rules.js';
import { storedWarnings, warningsForHost, WARNINGS_PREFIX, WARNINGS_VERSION_KEY } from '../core/stored-warnings.js';
import { browser } from '../platform/browser.js';

/** `rulesVersion`: what the packaged rules are, known without unpacking them (core/packed-rules.ts). */
export function createWarningsStore(rules: () => Promise<PublishedRules>, rulesVersion: () => Promise<string>) {
  let entries: Promise<Record<string, unknown>> | undefined;
  const stored = () => (entries ??= rules().then((r) => storedWarnings(warningDataOf(r))));
  // A browser start whose copy is current unpacks nothing, builds no entries and reads one key.
  const version = async () => `${browser.runtime.getManifest().version} ${await rulesVersion()}`;

  return {
    /** Writes the copy; `always` on install and update, else only when the stored one is not this version. */
    async write(always: boolean): Promise<void> {
      const local = browser.storage.local;
      const wanted = await version();
      if (!always && (await local.get(WARNINGS_VERSION_KEY))[WARNINGS_VERSION_KEY] === wanted) return;
      await local.remove(WARNINGS_VERSION_KEY);
      // Every key of the old copy, including hosts the new rules no longer list.
      await local.remove(Object.keys(await local.get(null)).filter((key) => key.startsWith(WARNINGS_PREFIX)));
      await local.set(await stored());
      await local.set({ [WARNINGS_VERSION_KEY]: wanted });
    },
    async forHost(hostname: string): Promise<WarningData[]> {
      return warningsForHost(await stored(), hostname);
    },
  };
}
