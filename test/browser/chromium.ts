/**
 * Debian's Chromium, headless, with the built extension loaded. Every host
 * resolves to the fixture server; background networking is switched off so
 * the only requests are the pages' own and, if it made any, the extension's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser.js';
import { chromiumNoteReader } from './note-access.js';

export const CHROMIUM_PATH = '/usr/lib/chromium/chromium';

/** `lang`: the browser's UI language (and so the extension's), e.g. 'de' for the German store pictures. */
export async function launchChromium(extensionDir: string, serverPort: number, options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-chromium-'));
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    enableExtensions: true,
    userDataDir,
    acceptInsecureCerts: true,
    // A pipe and this switch let the test reload the extension as an update would (Extensions.loadUnpacked).
    pipe: true,
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--enable-unsafe-extension-debugging',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-pings', '--disable-domain-reliability',
      '--disable-client-side-phishing-detection', '--disable-breakpad', '--metrics-recording-only', '--no-service-autorun',
      '--disable-features=HttpsUpgrades,MediaRouter,NetworkTimeServiceQuerying,OptimizationHints,AutofillServerCommunication,ChromeSignin,AccountConsistency,DiceWebSigninInterception',
      '--gaia-url=http://127.0.0.1:9', '--google-apis-url=http://127.0.0.1:9', '--lso-url=http://127.0.0.1:9',
      '--ignore-certificate-errors',
      `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}, EXCLUDE localhost`,
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  const extensionId = new URL(workerTarget.url()).host;
  let worker = (await workerTarget.worker()) as WebWorker;
  // The worker target can exist before the background has registered its
  // listeners; wait until it answers before any tab event happens.
  await waitFor(async () => (await worker.evaluate(() => typeof (globalThis as any).chrome.action.getBadgeText)) === 'function');

  const [first] = await browser.pages();
  const page: Page = first ?? (await browser.newPage());

  /**
   * The live worker: it may have been stopped and restarted, or replaced by a
   * reload. A stopped worker's target can linger and never answer, so each is
   * asked in turn, and the round is repeated until one answers: on a busy
   * machine a live worker can take seconds to reply (it may still be reading
   * the database on install), which is slowness, not absence. Only the
   * shared deadline, a guard against hanging, ends the search.
   */
  async function currentWorker(): Promise<WebWorker> {
    const ours = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);
    await browser.waitForTarget(ours);
    let live: WebWorker | undefined;
    await waitFor(async () => {
      for (const target of browser.targets().filter(ours).reverse()) {
        const candidate = (await target.worker()) as WebWorker | null;
        if (!candidate) continue;
        const alive = await Promise.race([candidate.evaluate(() => true), new Promise<false>((r) => setTimeout(() => r(false), 2000))]).catch(() => false);
        if (alive) {
          live = candidate;
          return true;
        }
      }
      return false;
    }, 'a live service worker');
    return (worker = live!);
  }

  async function tabId(): Promise<number> {
    const w = await currentWorker();
    const ids = await w.evaluate(async () => ((await (globalThis as any).chrome.tabs.query({})) as { id?: number }[]).map((t) => t.id ?? -1));
    if (ids.length !== 1) throw new Error(`expected one tab, found ${ids.length}`);
    return ids[0]!;
  }

  return {
    name: 'chromium',
    page,
    extensionOrigin: `chrome-extension://${extensionId}`,
    inNote: chromiumNoteReader(page),
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
    async openExtensionPage(path: string) {
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
    },
    async reloadExtension() {
      // Chromium closes the extension's own tabs when it reloads: leave them first.
      if (page.url().startsWith('chrome-extension://')) await page.goto('about:blank');
      const reloadedId = await browser.installExtension(extensionDir);
      if (reloadedId !== extensionId) throw new Error(`the extension came back as ${reloadedId}, not ${extensionId}`);
    },
    async tabCount() {
      return (await browser.pages()).length;
    },
    async inExtension<T>(source: string): Promise<T> {
      const id = await tabId();
      const w = await currentWorker();
      return (await w.evaluate(`(${source})(chrome, ${id})`)) as T;
    },
    async badgeText() {
      const id = await tabId();
      const w = await currentWorker();
      return w.evaluate((tab) => (globalThis as any).chrome.action.getBadgeText({ tabId: tab }) as Promise<string>, id);
    },
    async popupPage() {
      const extension = (await browser.extensions()).get(extensionId);
      if (!extension) throw new Error('extension not loaded');
      await extension.triggerAction(page);
      const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`);
      const popup = await target.asPage();
      await popup.waitForSelector('#app > *');
      return popup;
    },
    async popupSnapshot<T>(reader: string): Promise<T> {
      const extension = (await browser.extensions()).get(extensionId);
      if (!extension) throw new Error('extension not loaded');
      await extension.triggerAction(page);
      const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`);
      const popup = await target.asPage();
      try {
        await popup.waitForSelector('#app > *');
        return (await popup.evaluate(`(${reader})(document)`)) as T;
      } finally {
        await popup.close();
      }
    },
    async close() {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
    async stopServiceWorker() {
      await (await currentWorker()).close();
    },
    async serviceWorkers() {
      return browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`)).length;
    },
  };
}

/**
 * How long a wait polls before it fails. Generous on purpose: it bounds a
 * failing check, it is no promise about speed (a busy 2-core machine can be
 * several times slower than an idle one); a passing check returns at once.
 */
export const DEADLINE_MS = 20_000;

/** Polls `check` until it holds; fails after `timeoutMs` naming `what`. */
export async function waitFor(check: () => Promise<boolean>, what = 'condition', timeoutMs = DEADLINE_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
