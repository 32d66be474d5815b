/** Background entry: wires the handlers to the browser. Listeners are registered synchronously at the top level. */
import { DISMISSED_KEY, readDismissedList } from '../core/dismissals.js';
import { browser, listenForMessages } from '../platform/browser.js';
import { createHandlers } from './handlers.js';
import { allowContentScriptsToReadSession } from './session-access.js';

const action = browser.action;
const session = browser.storage.session;

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
  }),
);

allowContentScriptsToReadSession();
