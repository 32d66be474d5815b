/**
 * The user's choices, in both browsers: the default first-visit mode, a
 * snoozed service, badge-only mode, a bad settings file, settings across a
 * reload of the extension, no tab opened on install, a user rule that warns
 * once its permission is granted, and axe-core on the warning, the popup and
 * the options page.
 *
 * The user rule's permission: Firefox grants optional permissions without a
 * prompt when `extensions.webextOptionalPermissionPrompts` is false, so the
 * real flow (click "Add", permission, dynamic registration, warning) runs
 * there. Chromium always asks the person in a browser dialog that automation
 * cannot answer, so in Chromium only the part before the prompt is checked.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { builtExtension } from '../helpers/built-extension.js';
import { waitFor } from './chromium.js';
import { BROWSERS, requireBrowser } from './browsers.js';
import type { ExtensionBrowser } from './extension-browser.js';
import { storeSettings } from './extension-settings.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { readWarning } from './page-probes.js';

const SETTLE_MS = 400;
const AXE = fs.readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (the script is evaluated by the driver, so the page's CSP does not apply). */
async function axeViolations(eb: ExtensionBrowser, context = 'document'): Promise<string[]> {
  await eb.page.evaluate(AXE);
  return (await eb.page.evaluate(`(async () => {
    const result = await axe.run(${context}, { resultTypes: ['violations'] });
    return result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ')');
  })()`)) as string[];
}

/**
 * axe-core on the note. The note's shadow root is closed, so axe (a page
 * script) cannot enter it: the reader copies the note's nodes and style
 * sheets into an open shadow root on the same page, audits that copy, and
 * removes it again.
 */
async function axeNoteViolations(eb: ExtensionBrowser): Promise<string[] | null> {
  await eb.page.evaluate(AXE);
  return eb.inNote<string[]>(`async (root, host) => {
    const copy = document.createElement('div');
    copy.setAttribute('style', host.getAttribute('style'));
    const open = copy.attachShadow({ mode: 'open' });
    open.adoptedStyleSheets = root.adoptedStyleSheets;
    for (const node of root.childNodes) open.append(node.cloneNode(true));
    document.documentElement.append(copy);
    try {
      const result = await axe.run(copy, { resultTypes: ['violations'] });
      return result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ')');
    } finally {
      copy.remove();
    }
  }`);
}

for (const spec of BROWSERS) {
  describe(`in ${spec.name}, the user's choices`, function () {
    let server: FixtureServer;
    let eb: ExtensionBrowser;

    before(async function () {
      requireBrowser(this, spec, 'user-control tests');
      const built = await builtExtension();
      server = await startFixtureServer();
      eb = await spec.launch(built.dirs[spec.dir], server.port);
    });

    after(async () => {
      await eb?.close();
      await server?.close();
    });

    /** Whether the note shows: waits for it when `expected` is true, else lets the page settle and looks. */
    async function warningShows(url: string, expected: boolean): Promise<boolean> {
      await eb.goto(url);
      if (expected) {
        await waitFor(async () => (await readWarning(eb)) !== null, `the note on ${url}`).catch(() => undefined);
      } else {
        await eb.page.waitForFunction(() => document.readyState === 'complete');
        await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
      return (await readWarning(eb)) !== null;
    }

    async function expectBadge(text: string): Promise<void> {
      await waitFor(async () => (await eb.badgeText()) === text, `badge "${text}"`);
    }

    it('opens no tab on install', async () => {
      assert.equal(await eb.tabCount(), 1);
    });

    it('by default warns on the first visit of a service, then shows the badge only', async () => {
      assert.equal(await warningShows('http://www.skype.com/first', true), true);
      const seen = `async (api) => JSON.stringify((await api.storage.local.get('seen')).seen || [])`;
      await waitFor(async () => (JSON.parse(await eb.inExtension<string>(seen)) as string[]).includes('skype'), 'Skype remembered as seen');
      assert.equal(await warningShows('http://www.skype.com/second', false), false);
      await expectBadge('!');
    });

    it('a snoozed service shows the badge but no warning', async () => {
      await eb.inExtension(storeSettings({ services: { outlook: { snoozedUntil: Date.now() + 86_400_000 } } }));
      assert.equal(await warningShows('http://outlook.live.com/mail/', false), false);
      await expectBadge('!');
      assert.equal(await warningShows('http://teams.microsoft.com/', true), true, 'another service still warns');
    });

    it('"badge only" mode shows no warning anywhere, and the badge still', async () => {
      await eb.inExtension(storeSettings({ mode: 'badge-only' }));
      for (const url of ['http://web.skype.com/', 'http://outlook.live.com/', 'http://teams.microsoft.com/x']) {
        assert.equal(await warningShows(url, false), false, url);
        await expectBadge('!');
      }
    });

    it('has no axe-core violations in the warning, the popup page and the options page', async () => {
      await eb.inExtension(storeSettings({ mode: 'every-visit' }));
      assert.equal(await warningShows('http://www.skype.com/a11y', true), true);
      assert.deepEqual(await axeNoteViolations(eb), []);
      await eb.openExtensionPage('popup.html');
      await eb.page.waitForSelector('#app > *');
      assert.deepEqual(await axeViolations(eb), []);
      await eb.openExtensionPage('options.html');
      await eb.page.waitForSelector('#app h1');
      assert.deepEqual(await axeViolations(eb), []);
    });

    it('importing a bad settings file changes nothing and says why, a user rule for a whole suffix included', async () => {
      await eb.inExtension(storeSettings({ mode: 'every-visit', paused: false }));
      const stored = 'async (api) => JSON.stringify([await api.storage.sync.get(null), await api.storage.local.get("userRules"), await api.scripting.getRegisteredContentScripts()])';
      const before = await eb.inExtension<string>(stored);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forewarn-import-'));
      try {
        const file = path.join(dir, 'bad.json');
        const userRules = [{ host: 'com', name: 'Every .com site', note: '', alternatives: [] }];
        fs.writeFileSync(file, JSON.stringify({ format: 'forewarn-settings', version: 2, settings: { mode: 'loud', paused: 'yes', mutedCategories: [], userRules } }));
        await eb.openExtensionPage('options.html');
        const input = (await eb.page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
        await input.uploadFile(file);
        await eb.page.waitForFunction(() => /mode must be one of/.test(document.querySelector('[role="alert"]')?.textContent ?? ''));
        const alert = await eb.page.evaluate(() => document.querySelector('[role="alert"]')!.textContent!);
        assert.match(alert, /settings\.userRules\[0\]\.host: com is shared by many unrelated sites/);
        assert.equal(await eb.inExtension<string>(stored), before, 'settings, rules or registrations changed');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('settings survive a reload of the extension', async () => {
      await eb.inExtension(storeSettings({ mode: 'badge-only', mutedCategories: ['data-breach'] }));
      await eb.reloadExtension();
      // Read back through the reloaded extension's own options page, as a person would see it.
      await eb.openExtensionPage('options.html');
      await eb.page.waitForSelector('input[value="badge-only"]');
      assert.equal(await eb.page.evaluate(() => (document.querySelector('input[value="badge-only"]') as HTMLInputElement).checked), true);
      assert.equal(await eb.page.evaluate(() => (document.querySelector('input[value="data-breach"]') as HTMLInputElement).checked), false);
      assert.equal(await eb.page.evaluate(() => (document.querySelector('input[value="government-access"]') as HTMLInputElement).checked), true);
      assert.equal(await warningShows('http://www.skype.com/after-reload', false), false, 'badge-only still applies');
    });

    if (spec.name === 'firefox') {
      it('a user rule for a fixture host warns once its permission is granted, and after an update', async () => {
        await eb.inExtension(storeSettings({ mode: 'every-visit' }));
        assert.equal(await warningShows('http://chat.example.net/', false), false, 'no warning before the rule');
        await eb.openExtensionPage('options.html');
        await eb.page.waitForSelector('#host');
        await eb.page.type('#host', 'chat.example.net');
        await eb.page.type('#name', 'Example Chat');
        await eb.page.click('input[name="alternative"][value="element"]');
        await eb.page.click('button[type="submit"]');
        await eb.page.waitForFunction(() => document.querySelector('.user-rules')?.textContent?.includes('chat.example.net'));
        await waitFor(async () => (await eb.inExtension<unknown[]>('async (api) => api.scripting.getRegisteredContentScripts()')).length === 1, 'the registration');
        assert.equal(await warningShows('http://chat.example.net/inbox', true), true, 'the user rule warns');
        const state = await readWarning(eb);
        assert.match(state!.title, /Example Chat/);
        assert.ok(state!.alternatives.some((a) => a.text === 'Element'));
        await expectBadge('!');

        // After an update (the add-on installed again) the rule still warns.
        await eb.reloadExtension();
        await waitFor(async () => (await eb.inExtension<unknown[]>('async (api) => api.scripting.getRegisteredContentScripts()')).length === 1, 'the registration after the update');
        assert.equal(await warningShows('http://chat.example.net/after-update', true), true, 'the user rule warns after an update');
      });
    } else {
      it('a user rule for a host Forewarn lists is refused before any permission prompt', async () => {
        await eb.openExtensionPage('options.html');
        await eb.page.waitForSelector('#host');
        await eb.page.type('#host', 'web.skype.com');
        await eb.page.type('#name', 'Skype again');
        await eb.page.click('button[type="submit"]');
        await eb.page.waitForFunction(() => document.getElementById('host-error')?.textContent !== undefined);
        const error = await eb.page.evaluate(() => document.getElementById('host-error')!.textContent);
        assert.match(error!, /web\.skype\.com/);
        const stored = await eb.inExtension<Record<string, unknown>>('async (api) => api.storage.local.get("userRules")');
        assert.equal(stored.userRules, undefined, 'nothing was saved');
      });
    }
  });
}
