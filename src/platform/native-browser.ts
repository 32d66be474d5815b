/**
 * The WebExtension API as the browser itself provides it, without the
 * polyfill: the content script's adapter (and the settings store's, which
 * the content script shares). Firefox has the promise-based `browser`;
 * Chromium's `chrome` returns promises in Manifest V3 for every call made
 * through this module (storage, runtime.sendMessage, i18n). The polyfill
 * cost 9.7 KB of the content script's 30 KB budget, on every listed page, to
 * wrap APIs that no longer need wrapping. Its types stay: they describe both
 * browsers' promise APIs.
 */
import type Browser from 'webextension-polyfill';
import { unwrapReply, type MessageName, type Request, type Response } from '../core/messages.js';

type Globals = { browser?: Browser.Browser; chrome?: Browser.Browser };
export const nativeBrowser: Browser.Browser = (globalThis as Globals).browser ?? (globalThis as Globals).chrome!;

export async function sendMessage<K extends MessageName>(type: K, request: Request<K>): Promise<Response<K>> {
  return unwrapReply(type, await nativeBrowser.runtime.sendMessage({ type, ...request })) as Response<K>;
}

/** A translated UI string from _locales. */
export function t(key: string, substitutions?: string | string[]): string {
  return nativeBrowser.i18n.getMessage(key, substitutions);
}
