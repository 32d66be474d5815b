/**
 * Unlisted pages cost nothing: no content script is injected and the
 * background service worker is not started. Chromium only: it is the browser
 * whose DevTools protocol shows both (isolated-world execution contexts, and
 * service-worker targets). Firefox runs the background as an event page that
 * WebDriver BiDi does not expose, and BiDi does not report content-script
 * realms, so neither can be observed there.
 *
 * How fast the note appears is a figure, not a test: `npm run bench:browser`.
 */
import assert from 'node:assert/strict';
import type { CDPSession, Protocol } from 'puppeteer-core';
import { builtExtension } from '../helpers/built-extension.js';
import { waitFor } from './chromium.js';
import { CHROMIUM, requireBrowser } from './browsers.js';
import type { ExtensionBrowser } from './extension-browser.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { EVERY_VISIT } from './extension-settings.js';
import { readWarning } from './page-probes.js';

describe('in chromium, the cost of unlisted pages', function () {
  let server: FixtureServer;
  let eb: ExtensionBrowser & { browser?: unknown };
  let session: CDPSession;
  const extensionContexts: string[] = [];

  before(async function () {
    requireBrowser(this, CHROMIUM, 'cost tests');
    const built = await builtExtension();
    server = await startFixtureServer();
    eb = await CHROMIUM.launch(built.dirs.chrome, server.port);
    await eb.inExtension(EVERY_VISIT);
    session = await eb.page.createCDPSession();
    session.on('Runtime.executionContextCreated', (event: Protocol.Runtime.ExecutionContextCreatedEvent) => {
      if (event.context.origin.startsWith(eb.extensionOrigin)) extensionContexts.push(event.context.origin);
    });
    await session.send('Runtime.enable');
  });

  after(async () => {
    await eb?.close();
    await server?.close();
  });

  it('injects no content script and does not start the service worker on a series of unlisted sites', async () => {
    const workers = () => eb.serviceWorkers!();
    await eb.stopServiceWorker!();
    await waitFor(async () => (await workers()) === 0, 'the service worker to stop');
    extensionContexts.length = 0;
    for (const url of ['http://example.org/', 'http://skype.com.example.org/', 'http://news.example.net/a', 'http://notskype.com/', 'http://example.org/b']) {
      await eb.goto(url);
      await eb.page.waitForFunction(() => document.readyState === 'complete');
    }
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(extensionContexts, [], 'a content script ran on an unlisted page');
    assert.equal(await workers(), 0, 'the service worker was started');

    // The positive control: a listed page injects the script and wakes the worker.
    await eb.goto('http://www.skype.com/');
    await waitFor(async () => (await readWarning(eb)) !== null, 'the warning');
    assert.ok(extensionContexts.length > 0, 'no content-script context was seen on a listed page');
    await waitFor(async () => (await workers()) === 1, 'the worker woken by the listed page');
  });
});
