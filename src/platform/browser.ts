/**
 * The one module that touches the WebExtension API. Everything else gets what
 * it needs from here, so core code and its tests never import a browser
 * global, and dropping the polyfill later is a change to this file alone.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { dispatch, type Handlers, type MessageName, type Request, type Response } from '../core/messages.js';

export { browser };

export function sendMessage<K extends MessageName>(type: K, request: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<Response<K>>;
}

export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, message, { tabId: sender.tab?.id }),
  );
}

/** A translated UI string from _locales. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
