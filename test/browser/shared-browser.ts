/**
 * One browser and one fixture server per browser kind, shared by the suites
 * that do not need a fresh install (the main scenarios and the hostile
 * pages): a Firefox launch costs seconds. Each sharing suite starts from
 * RESET_STATE, and checks only requests made after it started.
 *
 * Suites that need a browser of their own launch one: the user's choices
 * (first install, the default mode, reloading the extension) and the cost of
 * unlisted pages (it stops the service worker).
 */
import { builtExtension } from '../helpers/built-extension.js';
import type { BrowserSpec } from './browsers.js';
import type { ExtensionBrowser } from './extension-browser.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';

export interface SharedBrowser {
  eb: ExtensionBrowser;
  server: FixtureServer;
}

/** Every visit warns, no dismissal or "seen" service left from another suite. */
export const RESET_STATE = `async (api) => {
  await api.storage.session.clear();
  await api.storage.local.remove('seen');
  await api.storage.sync.set({ settings: { version: 2, mode: 'every-visit', mutedCategories: [], paused: false, services: {} } });
}`;

const launched = new Map<string, Promise<SharedBrowser>>();

export function sharedBrowser(spec: BrowserSpec): Promise<SharedBrowser> {
  let entry = launched.get(spec.name);
  if (!entry) {
    entry = (async () => {
      const built = await builtExtension();
      const server = await startFixtureServer();
      try {
        return { eb: await spec.launch(built.dirs[spec.dir], server.port), server };
      } catch (error) {
        await server.close();
        throw error;
      }
    })();
    launched.set(spec.name, entry);
  }
  return entry;
}

// A root-level hook (this module is imported while mocha loads the test
// files): the shared browsers close once, after every suite has run.
after(async function closeSharedBrowsers() {
  for (const entry of launched.values()) {
    const shared = await entry.catch(() => null);
    await shared?.eb.close();
    await shared?.server.close();
  }
  launched.clear();
});
