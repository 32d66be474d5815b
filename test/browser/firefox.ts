/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, with the built
 * extension installed as a temporary add-on. A manual proxy sends every host
 * to the fixture server. Firefox's own background services are pointed at
 * nothing, so the recorded requests are the pages' own and the extension's.
 *
 * Firefox has no background target to evaluate in: the badge and the popup
 * are read from an extension page (the "probe") opened in a second tab.
 */
import fs from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from './chromium.js';
import type { ExtensionBrowser } from './extension-browser.js';
import { firefoxNoteReader } from './note-access.js';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
const EXTENSION_UUID = '6b0e3c1a-9d2f-4e8b-a7c5-1f2e3d4c5b6a';

/** `prefs`: more Firefox preferences for this launch (e.g. a forced colour scheme). */
export async function launchFirefox(extensionDir: string, serverPort: number, prefs: Record<string, string | number | boolean> = {}): Promise<ExtensionBrowser> {
  const manifest = JSON.parse(fs.readFileSync(`${extensionDir}/manifest.json`, 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': serverPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': serverPort,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // Optional permissions are granted without a prompt (no person to answer it).
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox's own background traffic (remote settings, captive portal, …).
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'app.normandy.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.region.network.url': '',
      'browser.topsites.contile.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const [first] = await browser.pages();
  const page: Page = first ?? (await browser.newPage());

  /**
   * One extension page (the "probe") kept open in a background tab and
   * reused: opening a tab per question cost most of the Firefox suites' time
   * on a busy machine. It is opened again when gone (an update closes the
   * add-on's pages) and never counted as a tab of the test.
   */
  let probe: Page | null = null;
  async function probePage(): Promise<Page> {
    if (probe && !probe.isClosed()) {
      const alive = await probe.evaluate(() => location.href).then((href) => href.startsWith(origin), () => false);
      if (alive) return probe;
      await probe.close().catch(() => undefined);
    }
    const opened = await browser.newPage();
    // goto() on a moz-extension page never resolves over BiDi: start it and poll.
    opened.goto(`${origin}/popup.html`).catch(() => undefined);
    await waitFor(async () => (await opened.evaluate(() => location.href)).startsWith(origin), 'the probe page');
    await page.bringToFront();
    return (probe = opened);
  }

  /** Runs `source` (an async function expression) in the probe, with the test tab's id. */
  async function inProbe<T>(source: string): Promise<T> {
    const p = await probePage();
    return (await p.evaluate(`(async () => {
      const b = globalThis.browser;
      const me = await b.tabs.getCurrent();
      const testTab = (await b.tabs.query({})).find((t) => t.id !== me.id);
      return (${source})(b, testTab.id);
    })()`)) as T;
  }

  return {
    name: 'firefox',
    page,
    extensionOrigin: origin,
    inNote: firefoxNoteReader(browser, page),
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async openExtensionPage(path: string) {
      const url = `${origin}/${path}`;
      page.goto(url).catch(() => undefined);
      await waitFor(async () => (await page.evaluate(() => location.href)) === url && (await page.evaluate(() => document.readyState)) === 'complete', path);
    },
    async reloadExtension() {
      // Installing the same add-on again is what an update does; Firefox
      // closes the add-on's own tabs then, so the test tab leaves them first.
      await page.goto('about:blank');
      await probe?.close().catch(() => undefined);
      probe = null;
      await browser.installExtension(extensionDir);
    },
    async tabCount() {
      return (await browser.pages()).filter((p) => p !== probe).length;
    },
    inExtension<T>(source: string): Promise<T> {
      return inProbe<T>(source);
    },
    badgeText() {
      return inProbe<string>('(b, tabId) => b.action.getBadgeText({ tabId })');
    },
    async popupSnapshot(reader) {
      // The real action popup, opened with action.openPopup() for the test
      // tab, then read through extension.getViews (BiDi cannot see popups).
      return inProbe(`async (b, tabId) => {
        await b.tabs.update(tabId, { active: true });
        await b.action.openPopup();
        for (let i = 0; i < 200; i++) {
          const view = b.extension.getViews({ type: 'popup' })[0];
          if (view && view.document.querySelector('#app > *')) return (${reader})(view.document);
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error('the popup did not render');
      }`);
    },
    async close() {
      await browser.close();
    },
  };
}
