/**
 * The built extension in real browsers, checked as a user would see it:
 * Debian's Chromium and Firefox ESR, headless, against the loopback fixture
 * server. No retries: a wait polls for a state with a deadline, and a check
 * that fails, fails.
 *
 * Where a check reads "nothing appeared", it waits until the page has loaded
 * plus a settle time that the positive checks show is ample (the warning
 * shows well under it on listed pages).
 */
import assert from 'node:assert/strict';
import type { PublishedRules } from '../../src/core/published-rules.js';
import { builtExtension } from '../helpers/built-extension.js';
import { waitFor } from './chromium.js';
import { BROWSERS, requireBrowser } from './browsers.js';
import type { ExtensionBrowser } from './extension-browser.js';
import type { FixtureServer } from './fixture-server.js';
import { noteControlCentre, POPUP_READER, readWarning, type PopupState, type WarningState } from './page-probes.js';
import { RESET_STATE, sharedBrowser } from './shared-browser.js';
import type { RecordedRequest } from './fixture-server.js';

/**
 * Chromium asks its component updater for an on-demand component (the
 * Optimization Guide model manifest) whatever the flags. Such a request is
 * the browser's, not the extension's: it is allowed only when its body is
 * Chromium's updater protocol naming components other than this extension.
 */
function isBrowserComponentUpdate(request: RecordedRequest, extensionOrigin: string): boolean {
  if (request.method !== 'POST' || new URL(request.url).hostname !== 'update.googleapis.com') return false;
  try {
    const body = JSON.parse(request.body) as { request: { '@updater': string; apps: { appid: string }[] } };
    const ownId = new URL(extensionOrigin).host;
    return body.request['@updater'] === 'chromium' && body.request.apps.every((app) => app.appid !== ownId);
  } catch {
    return false;
  }
}

const SETTLE_MS = 400;

/** Listed pages to visit, with the service each must show. mail.google.com is HSTS-preloaded: https only. */
function listedPages(rules: PublishedRules): { url: string; serviceId: string }[] {
  const pages = [
    { url: 'http://www.skype.com/', serviceId: 'skype' },
    { url: 'http://web.skype.com/', serviceId: 'skype' },
    { url: 'http://outlook.live.com/mail/0/', serviceId: 'outlook' },
    { url: 'http://teams.microsoft.com/', serviceId: 'teams' },
  ];
  if (rules.services.some((s) => s.hosts.includes('mail.google.com'))) pages.push({ url: 'https://mail.google.com/mail/u/0/', serviceId: 'gmail' });
  return pages;
}


for (const spec of BROWSERS) {
  describe(`in ${spec.name}`, function () {
    let server: FixtureServer;
    let eb: ExtensionBrowser;
    let rules: PublishedRules;
    const navigated = new Set<string>();

    /** Requests before this suite started belong to other suites sharing the browser. */
    let firstRequest = 0;

    before(async function () {
      requireBrowser(this, spec, 'tests');
      const built = await builtExtension();
      rules = built.rules;
      ({ eb, server } = await sharedBrowser(spec));
      await eb.goto('about:blank');
      firstRequest = server.requests.length;
      // These checks look at the warning on every visit; the default mode
      // (warn on the first visit, then badge only) has its own test.
      await eb.inExtension(RESET_STATE);
    });

    async function go(url: string): Promise<void> {
      navigated.add(url);
      await eb.goto(url);
    }

    async function expectWarning(url: string): Promise<WarningState> {
      await go(url);
      let state: WarningState | null = null;
      await waitFor(async () => (state = await readWarning(eb)) !== null && state.hitAtCentre, `the warning on ${url}`);
      return state!;
    }

    async function expectNoWarning(url: string): Promise<void> {
      await go(url);
      await eb.page.waitForFunction(() => document.readyState === 'complete');
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      assert.equal(await readWarning(eb), null, `a warning was injected on ${url}`);
    }

    async function expectBadge(text: string): Promise<void> {
      await waitFor(async () => (await eb.badgeText()) === text, `badge "${text}"`);
    }

    it('shows a readable warning with the service name and an alternative on each listed host', async () => {
      for (const { url, serviceId } of listedPages(rules)) {
        const service = rules.services.find((s) => s.id === serviceId)!;
        const state = await expectWarning(url);
        assert.equal(state.count, 1, url);
        assert.match(state.title, new RegExp(service.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), url);
        const firstAlternative = rules.alternatives[service.alternatives[0]!]!;
        assert.ok(state.alternatives.some((a) => a.text === firstAlternative.name && a.href === firstAlternative.homepage), url);
        assert.ok(state.rect.width > 100 && state.rect.height > 40, `too small on ${url}: ${JSON.stringify(state.rect)}`);
        assert.ok(state.rect.x >= 0 && state.rect.y >= 0, `off screen on ${url}`);
        assert.ok(state.rect.x + state.rect.width <= state.viewport.width && state.rect.y + state.rect.height <= state.viewport.height, `off screen on ${url}`);
        assert.ok(state.contrast >= 4.5, `contrast ${state.contrast.toFixed(2)} on ${url}`);
        assert.equal(state.focusInside, false, 'the warning must not take focus');
        assert.equal(state.pageButtonReachable, true, `the page's own button is covered on ${url}`);
      }
    });

    it('sets the badge on listed tabs and clears it when the tab navigates to an unlisted site', async () => {
      await expectWarning('http://www.skype.com/badge');
      await expectBadge('!');
      await expectNoWarning('http://example.org/after-skype');
      await expectBadge('');
      await expectWarning('http://outlook.live.com/badge');
      await expectBadge('!');
    });

    it('shows the concerns with source links and dates, and the alternatives, in the popup', async () => {
      await expectWarning('http://www.skype.com/popup');
      const skype = rules.services.find((s) => s.id === 'skype')!;
      const popup = await eb.popupSnapshot<PopupState>(POPUP_READER);
      assert.equal(popup.heading, skype.name);
      assert.equal(popup.concerns.length, skype.concerns.length);
      skype.concerns.forEach((concern, i) => {
        const shown = popup.concerns[i]!;
        assert.ok(shown.text.includes(concern.claim), `concern ${i}`);
        for (const source of concern.sources) {
          assert.ok(shown.text.includes(source.date), `date of ${source.url}`);
          assert.ok(shown.links.some((l) => l.href === source.url), `link ${source.url}`);
        }
      });
      assert.deepEqual(
        popup.alternatives.map((a) => a.href),
        skype.alternatives.map((id) => rules.alternatives[id]!.homepage),
      );
      for (const [i, id] of skype.alternatives.entries()) assert.ok(popup.alternatives[i]!.text.includes(rules.alternatives[id]!.license));
    });

    it('injects nothing and sets no badge on example.org and on look-alike hosts', async () => {
      for (const url of ['http://example.org/', 'http://skype.com.example.org/', 'http://notskype.com/', 'http://example.org/?u=www.skype.com']) {
        await expectNoWarning(url);
        await expectBadge('');
      }
    });

    it('keeps the warning through pushState navigation, a replaced body and a rewritten <html>', async () => {
      await expectWarning('http://www.skype.com/spa');
      await eb.page.evaluate(() => {
        history.pushState({}, '', '/spa/next');
        document.querySelector('main')!.innerHTML = '<h1>Next view</h1>';
      });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      assert.equal((await readWarning(eb))?.count, 1, 'after pushState');
      await eb.page.evaluate(() => {
        const body = document.createElement('body');
        body.innerHTML = '<main><h1>A new body</h1><button id="page-button">A control of the page</button></main>';
        document.body = body;
      });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      assert.equal((await readWarning(eb))?.count, 1, 'after replacing document.body');
      await eb.page.evaluate(() => {
        document.documentElement.innerHTML = '<head></head><body><p>rewritten</p></body>';
      });
      await waitFor(async () => (await readWarning(eb))?.count === 1, 'the warning back after <html> was rewritten');
      await expectBadge('!');
    });

    it('shows the warning, styled, on a page with a strict Content-Security-Policy', async () => {
      const state = await expectWarning('http://www.skype.com/csp');
      assert.equal(state.position, 'fixed', 'the warning is unstyled under the page CSP');
      assert.ok(state.contrast >= 4.5, `contrast ${state.contrast}`);
    });

    it('dismisses with the keyboard or a click, and stays dismissed for that service for the session', async () => {
      await expectWarning('http://teams.microsoft.com/dismiss');
      // Keyboard: Tab into the warning (it comes first in the tab order), then Escape.
      await eb.page.keyboard.press('Tab');
      await waitFor(async () => (await readWarning(eb))?.focusInside === true, 'focus in the warning');
      await eb.page.keyboard.press('Escape');
      await waitFor(async () => (await readWarning(eb)) === null, 'the warning gone after Escape');
      await expectBadge('!');
      await expectNoWarning('http://teams.microsoft.com/another-page');
      await expectBadge('!');

      // A click on Dismiss, on another service; the first stays dismissed.
      await expectWarning('http://outlook.live.com/dismiss');
      const box = await noteControlCentre(eb, 'button.dismiss');
      await eb.page.mouse.click(box.x, box.y);
      await waitFor(async () => (await readWarning(eb)) === null, 'the warning gone after the click');
      await expectNoWarning('http://outlook.live.com/later');
      await expectNoWarning('http://teams.microsoft.com/later');
      await expectWarning('http://www.skype.com/still-warns');
    });

    it('makes no network request of its own: every request is a page the test opened', async () => {
      // A browser may upgrade a navigation to https (Firefox does for
      // HSTS-preloaded hosts), so pages are compared without their scheme.
      const opened = [...navigated].map((n) => new URL(n));
      const allowed = (method: string, url: string) => {
        const u = new URL(url);
        if (method === 'CONNECT') return opened.some((n) => n.hostname === u.hostname);
        if (u.pathname === '/favicon.ico') return opened.some((n) => n.host === u.host);
        return opened.some((n) => n.host === u.host && n.pathname === u.pathname && n.search === u.search);
      };
      const ours = server.requests.slice(firstRequest);
      const unexpected = ours.filter((r) => !allowed(r.method, r.url) && !isBrowserComponentUpdate(r, eb.extensionOrigin));
      assert.deepEqual(unexpected, []);
      assert.ok(ours.length >= navigated.size, 'the fixture server saw the page loads');
    });
  });
}
