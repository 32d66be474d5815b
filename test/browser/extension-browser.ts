/** What each browser's launcher gives the shared scenarios. */
import type { Page } from 'puppeteer-core';

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The one test tab; the scenarios navigate it. */
  page: Page;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  goto(url: string): Promise<void>;
  /** Opens one of the extension's own pages (e.g. options.html) in the test tab. */
  openExtensionPage(path: string): Promise<void>;
  /** Loads the extension again from its folder, as an update does. */
  reloadExtension(): Promise<void>;
  /** How many tabs are open. */
  tabCount(): Promise<number>;
  /** The toolbar badge of the test tab. */
  badgeText(): Promise<string>;
  /**
   * Opens the real action popup for the test tab and returns what `reader`
   * (the source of a function `(document) => value`) reads from its document.
   */
  popupSnapshot<T>(reader: string): Promise<T>;
  /** Chromium only: the real action popup for the test tab as a page (the caller closes it). */
  popupPage?(): Promise<Page>;
  close(): Promise<void>;
  /**
   * Runs `reader`, the source of a function `(root, host) => value` (value
   * JSON-serialisable, or a promise of one), on the note's closed shadow
   * root in the top page; null when the page shows no note. The page's own
   * scripts cannot reach that root: the driver can (Chromium through the
   * DevTools protocol, Firefox through WebDriver BiDi's shadow-tree
   * serialisation).
   */
  inNote<T>(reader: string): Promise<T | null>;
  /**
   * Runs `source`, the text of an async function `(api, testTabId) => value`,
   * in an extension context (Chromium: the service worker; Firefox: an
   * extension page), where `api` is the WebExtension namespace.
   */
  inExtension<T>(source: string): Promise<T>;
  /** Chromium only: stop the background service worker, as the browser does when it idles. */
  stopServiceWorker?(): Promise<void>;
  /** Chromium only: how many of the extension's service workers are running. */
  serviceWorkers?(): Promise<number>;
}
