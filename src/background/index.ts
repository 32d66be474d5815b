/** Background entry: wires the handlers to the browser. Listeners are registered synchronously at the top level. */
import { DISMISSED_KEY, readDismissedList } from '../core/dismissals.js';
import type { AlternativeInfo } from '../core/messages.js';
import { PACKED_RULES_FILE, packedRulesVersion, unpackRules } from '../core/packed-rules.js';
import { evidenceOf, type PublishedRules } from '../core/published-rules.js';
import { browser, listenForMessages } from '../platform/browser.js';
import { fetchPackedRules } from '../platform/packaged-rules.js';
import { loadSeen, loadSettings, SEEN_KEY } from '../platform/settings-store.js';
import { syncUserRuleScripts } from '../platform/user-rule-scripts.js';
import { createHandlers } from './handlers.js';
import { createWarningsStore } from './warnings-store.js';
import { allowContentScriptsToReadSession } from './session-access.js';

const action = browser.action;
const session = browser.storage.session;
let packedBytes: Promise<Uint8Array<ArrayBuffer>> | undefined;
const packed = () => (packedBytes ??= fetchPackedRules(browser.runtime.getURL(PACKED_RULES_FILE)));
let packaged: Promise<PublishedRules> | undefined;
const rules = () => (packaged ??= packed().then(unpackRules));
const warnings = createWarningsStore(rules, () => packed().then(packedRulesVersion));

listenForMessages(
  createHandlers({
    async setBadge(tabId, text) {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    },
    async readDismissed() {
      return readDismissedList(await session.get(DISMISSED_KEY));
    },
    async writeDismissed(ids) {
      await session.set({ [DISMISSED_KEY]: ids });
    },
    readSeen: loadSeen,
    async writeSeen(ids) {
      await browser.storage.local.set({ [SEEN_KEY]: ids });
    },
    async alternatives(): Promise<Record<string, AlternativeInfo>> {
      return (await rules()).alternatives;
    },
    async serviceIds() {
      return (await rules()).services.map((s) => s.id);
    },
    async openPage(path) {
      await browser.tabs.create({ url: browser.runtime.getURL(path) });
    },
    async evidence(serviceId) {
      const service = (await rules()).services.find((s) => s.id === serviceId);
      return service ? evidenceOf(service) : [];
    },
    warnings: (hostname) => warnings.forHost(hostname),
  }),
);

// Dynamic content scripts of user rules: restored on install, update and
// browser start (they are also kept across sessions where the browser can).
const restoreUserRules = () => void loadSettings().then(({ settings }) => syncUserRuleScripts(settings.userRules)).catch(() => undefined);
browser.runtime.onInstalled.addListener(restoreUserRules);
browser.runtime.onStartup.addListener(restoreUserRules);
// The notes' copy in storage, for the content script (background/warnings-store.ts).
const reportStoreFailure = (error: unknown) => console.error('Forewarn could not store its notes for pages:', error);
browser.runtime.onInstalled.addListener(() => void warnings.write(true).catch(reportStoreFailure));
browser.runtime.onStartup.addListener(() => void warnings.write(false).catch(reportStoreFailure));

allowContentScriptsToReadSession();
