/**
 * The WebExtension API for the background and the extension's own pages,
 * through webextension-polyfill. The content script uses native-browser.ts
 * instead (its size budget), and so do messages and translations here, so
 * every context speaks the same reply format.
 *
 * Replies go through `sendResponse` (which both browsers and the polyfill
 * support) wrapped as { ok } or { failed }: `sendMessage` unwraps them, so a
 * handler's failure reaches the sender as a rejection whether or not the
 * sender's side was polyfilled.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers, type Reply } from '../core/messages.js';

export { browser };
export { sendMessage, t } from './native-browser.js';

export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: Reply) => void) => {
    dispatch(handlers, message, { tabId: sender.tab?.id }).then(
      (ok) => sendResponse({ ok }),
      (error: unknown) => sendResponse({ failed: error instanceof Error ? error.message : String(error) }),
    );
    return true as const;
  });
}
