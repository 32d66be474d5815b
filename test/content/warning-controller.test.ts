import assert from 'node:assert/strict';
import type { JSDOM } from 'jsdom';
import { createWarningController, MAX_REATTACHMENTS, type ControllerPorts } from '../../src/content/warning-controller.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import type { WarningData } from '../../src/core/published-rules.js';
import { createDom, fakeTranslate } from '../helpers/dom.js';
import { warningData } from '../helpers/warning-data.js';

function setup(
  options: { url?: string; services?: WarningData[]; localDismissed?: string[] | undefined; backgroundDismissed?: boolean; settings?: Partial<Settings>; seen?: string[]; choiceFails?: boolean; untrustedOnly?: boolean } = {},
) {
  const dom: JSDOM = createDom(options.url);
  let url = options.url ?? 'https://www.skype.com/en/';
  const calls: string[] = [];
  const ports: ControllerPorts = {
    doc: dom.window.document,
    currentUrl: () => url,
    t: fakeTranslate,
    services: () => options.services ?? [warningData()],
    readState: async () => ({
      settings: { ...DEFAULT_SETTINGS, mode: 'every-visit', ...options.settings },
      seen: options.seen ?? [],
      dismissed: 'localDismissed' in options ? options.localDismissed : [],
    }),
    markSeen: (id) => calls.push(`seen:${id}`),
    async setChoice(id, action) {
      calls.push(`choice:${id}:${action}`);
      if (options.choiceFails) throw new Error('quota exceeded');
    },
    now: () => 1_800_000_000_000,
    reportShown: async (id) => {
      calls.push(`shown:${id}`);
      return { dismissed: options.backgroundDismissed ?? false };
    },
    reportLeft: () => calls.push('left'),
    dismiss: (id) => calls.push(`dismiss:${id}`),
    openDetails: (id) => calls.push(`details:${id}`),
    loadEvidence: async (id) => {
      calls.push(`evidence:${id}`);
      return [];
    },
    reportError: (error) => calls.push(`error:${error instanceof Error ? error.message : String(error)}`),
    // jsdom cannot make trusted events; the view's own tests check that untrusted ones are ignored.
    trusted: options.untrustedOnly ? undefined : () => true,
  };
  const controller = createWarningController(ports);
  return { dom, controller, calls, navigate: (to: string) => (url = to) };
}

describe('warning controller', () => {
  it('shows the warning on a listed page, on <html>, and reports it for the badge', async () => {
    const { dom, controller, calls } = setup();
    await controller.refresh();
    const host = controller.shown();
    assert.ok(host);
    assert.equal(host.parentNode, dom.window.document.documentElement);
    assert.deepEqual(calls, ['shown:skype', 'seen:skype']);
  });

  it('shows nothing and reports nothing on an unlisted page', async () => {
    const { controller, calls } = setup({ url: 'https://example.org/' });
    await controller.refresh();
    assert.equal(controller.shown(), null);
    assert.deepEqual(calls, []);
  });

  it('keeps the warning when the page replaces document.body, and puts it back when removed', async () => {
    const { dom, controller } = setup();
    await controller.refresh();
    const doc = dom.window.document;
    doc.body.replaceWith(doc.createElement('body'));
    assert.equal(controller.shown()!.isConnected, true);
    controller.shown()!.remove();
    await controller.refresh();
    assert.equal(controller.shown()!.parentNode, doc.documentElement);
  });

  it('follows single-page navigation off and back onto the listed part', async () => {
    const services = [warningData({ id: 'maps', name: 'Maps', hosts: ['www.skype.com/maps'] })];
    const { controller, calls, navigate } = setup({ url: 'https://www.skype.com/maps/x', services });
    await controller.refresh();
    assert.ok(controller.shown());
    navigate('https://www.skype.com/search');
    await controller.refresh();
    assert.equal(controller.shown(), null);
    navigate('https://www.skype.com/maps');
    await controller.refresh();
    assert.ok(controller.shown());
    assert.deepEqual(calls, ['shown:maps', 'seen:maps', 'left', 'shown:maps', 'seen:maps']);
  });

  it('stays hidden for a dismissed service, read locally or from the background', async () => {
    const local = setup({ localDismissed: ['skype'] });
    await local.controller.refresh();
    assert.equal(local.controller.shown(), null);
    assert.deepEqual(local.calls, ['shown:skype'], 'the badge is still set');

    const remote = setup({ localDismissed: undefined, backgroundDismissed: true });
    await remote.controller.refresh();
    assert.equal(remote.controller.shown(), null);
  });

  it('dismiss removes the warning, tells the background and holds on this page', async () => {
    const { controller, calls } = setup();
    await controller.refresh();
    controller.shownRoot()!.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    assert.equal(controller.shown(), null);
    await controller.refresh();
    assert.equal(controller.shown(), null);
    assert.deepEqual(calls, ['shown:skype', 'seen:skype', 'dismiss:skype']);
  });

  it('puts the warning back a limited number of times when a page keeps removing it', async () => {
    const { controller } = setup();
    await controller.refresh();
    const host = controller.shown()!;
    for (let i = 0; i < MAX_REATTACHMENTS + 5; i++) {
      host.remove();
      await controller.refresh();
    }
    assert.equal(host.isConnected, false, 'gave up after the budget');
  });

  it('follows the user settings: badge only, first visit, paused', async () => {
    const badgeOnly = setup({ settings: { mode: 'badge-only' } });
    await badgeOnly.controller.refresh();
    assert.equal(badgeOnly.controller.shown(), null);
    assert.deepEqual(badgeOnly.calls, ['shown:skype']);

    const secondVisit = setup({ settings: { mode: 'first-visit' }, seen: ['skype'] });
    await secondVisit.controller.refresh();
    assert.equal(secondVisit.controller.shown(), null);
    assert.deepEqual(secondVisit.calls, ['shown:skype']);

    const paused = setup({ settings: { paused: true } });
    await paused.controller.refresh();
    assert.equal(paused.controller.shown(), null);
    assert.deepEqual(paused.calls, [], 'no badge either while paused');
  });

  it('saves a choice from the warning and hides it; a failed save is shown, not swallowed', async () => {
    const ok = setup();
    await ok.controller.refresh();
    ok.controller.shownRoot()!.querySelector<HTMLButtonElement>('button[data-action="snooze-month"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(ok.controller.shown(), null);
    assert.ok(ok.calls.includes('choice:skype:snooze-month'));

    const failing = setup({ choiceFails: true });
    await failing.controller.refresh();
    const root = failing.controller.shownRoot()!;
    root.querySelector<HTMLButtonElement>('button[data-action="acknowledge"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(failing.controller.shown(), 'the warning stays');
    assert.equal(root.querySelector('[role="alert"]')!.textContent, 'warningChoiceFailed(quota exceeded)');
  });

  it('a page script clicking and keying inside the warning changes nothing', async () => {
    const { dom, controller, calls } = setup({ untrustedOnly: true });
    await controller.refresh();
    const root = controller.shownRoot()!;
    for (const button of root.querySelectorAll('button')) button.click();
    root.querySelector('section')!.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    assert.ok(controller.shown()?.isConnected, 'still shown');
    assert.deepEqual(calls, ['shown:skype', 'seen:skype'], 'no choice saved, no dismissal');
  });

  it('reports a warning that cannot be built, instead of throwing into the page', async () => {
    const { dom, controller, calls } = setup();
    dom.window.Element.prototype.attachShadow = () => {
      throw new Error('no shadow here');
    };
    await controller.refresh();
    assert.equal(controller.shown(), null);
    assert.deepEqual(calls, ['shown:skype', 'error:no shadow here']);
    await controller.refresh();
    assert.deepEqual(calls, ['shown:skype', 'error:no shadow here'], 'reported once, not retried in a loop');
  });
});
