import assert from 'node:assert/strict';
import { createMatcher } from '../../src/core/matcher.js';
import { publishRules } from '../../src/core/published-rules.js';
import { exportSettings } from '../../src/core/settings-file.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { OptionsApp } from '../../src/options/OptionsApp.js';
import type { OptionsPorts } from '../../src/options/options-ports.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { fakeTranslate } from '../helpers/dom.js';
import { renderInDom, settle } from '../helpers/preact-dom.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const rules = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');
const listed = createMatcher(rules.services);

function fakePorts(initial: Partial<Settings> = {}, options: { failSave?: boolean; grant?: boolean } = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const calls: string[] = [];
  const ports: OptionsPorts = {
    async load() {
      return { settings: stored, problems: [] };
    },
    async save(settings) {
      calls.push('save');
      if (options.failSave) throw new Error('saveFailedPreferences(QUOTA_BYTES quota exceeded)');
      stored = settings;
    },
    async requestAccess(host) {
      calls.push(`request:${host}`);
      return options.grant ?? true;
    },
    async hasAccess() {
      return options.grant ?? true;
    },
    async releaseAccess(host) {
      calls.push(`release:${host}`);
    },
    async syncScripts(userRules) {
      calls.push(`sync:${userRules.map((r) => r.host).join(',')}`);
    },
    download(filename, text) {
      calls.push(`download:${filename}:${text.length}`);
    },
    now: () => 1_800_000_000_000,
  };
  return { ports, calls, stored: () => stored };
}

async function open(fake: ReturnType<typeof fakePorts>) {
  const page = await renderInDom(<OptionsApp ports={fake.ports} rules={rules} listed={listed} t={fakeTranslate} />);
  await settle();
  return page;
}

async function input(root: HTMLElement, selector: string, value: string) {
  const el = root.querySelector<HTMLInputElement>(selector)!;
  el.value = value;
  el.dispatchEvent(new el.ownerDocument.defaultView!.Event('input', { bubbles: true }));
  await settle();
}

describe('options page', () => {
  it('shows the current mode and saves a new one, and the categories and pause', async () => {
    const fake = fakePorts();
    const { root, cleanup } = await open(fake);
    try {
      assert.equal(root.querySelector<HTMLInputElement>('input[value="first-visit"]')!.checked, true);
      root.querySelector<HTMLInputElement>('input[value="badge-only"]')!.click();
      await settle();
      assert.equal(fake.stored().mode, 'badge-only');
      root.querySelector<HTMLInputElement>('input[value="data-breach"]')!.click();
      await settle();
      assert.deepEqual(fake.stored().mutedCategories, ['data-breach']);
      root.querySelector<HTMLInputElement>('input[name="paused"]')!.click();
      await settle();
      assert.equal(fake.stored().paused, true);
    } finally {
      cleanup();
    }
  });

  it('reports a failed save and shows what is really stored', async () => {
    const fake = fakePorts({}, { failSave: true });
    const { root, cleanup } = await open(fake);
    try {
      root.querySelector<HTMLInputElement>('input[value="every-visit"]')!.click();
      await settle();
      assert.match(root.querySelector('[role="alert"]')!.textContent!, /saveFailedPreferences\(QUOTA_BYTES/);
      assert.equal(root.querySelector<HTMLInputElement>('input[value="first-visit"]')!.checked, true, 'the page shows what is stored');
    } finally {
      cleanup();
    }
  });

  it('lists per-service choices and undoes one', async () => {
    const fake = fakePorts({ services: { chatter: { acknowledged: true } } });
    const { root, cleanup } = await open(fake);
    try {
      assert.match(root.textContent!, /Chatter — optionsChoiceAcknowledged/);
      root.querySelector<HTMLButtonElement>('button[aria-label="optionsUndoFor(Chatter)"]')!.click();
      await settle();
      assert.deepEqual(fake.stored().services, {});
    } finally {
      cleanup();
    }
  });

  it('adds a user rule: asks for that host first, saves, registers; refuses bad input without asking', async () => {
    const fake = fakePorts();
    const { root, cleanup } = await open(fake);
    try {
      await input(root, '#host', 'chatter.example.com');
      await input(root, '#name', '');
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle();
      assert.match(root.textContent!, /userRuleErrorListed\(chatter\.example\.com\|Chatter\)/);
      assert.match(root.textContent!, /userRuleErrorName/);
      assert.equal(root.querySelector('#host')!.getAttribute('aria-invalid'), 'true');
      assert.equal(fake.calls.length, 0);

      await input(root, '#host', 'https://www.Chat.Example.org/inbox');
      await input(root, '#name', 'Work chat');
      root.querySelector<HTMLInputElement>('input[name="alternative"][value="chat-app"]')!.click();
      await settle();
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle();
      assert.deepEqual(fake.calls.slice(0, 3), ['request:chat.example.org', 'save', 'sync:chat.example.org']);
      assert.deepEqual(fake.stored().userRules, [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Work chat', note: '', alternatives: ['chat-app'] }]);

      root.querySelector<HTMLButtonElement>('button[aria-label="optionsUserRuleRemoveFor(Work chat)"]')!.click();
      await settle();
      assert.deepEqual(fake.stored().userRules, []);
      assert.ok((fake.calls as string[]).includes('release:chat.example.org'));
    } finally {
      cleanup();
    }
  });

  it('refuses a public suffix, a private one included, before asking for any access', async () => {
    const fake = fakePorts();
    const { root, cleanup } = await open(fake);
    try {
      for (const host of ['co.uk', 'github.io', 'blogspot.com']) {
        await input(root, '#host', host);
        await input(root, '#name', 'Too wide');
        root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await settle();
        assert.equal(root.querySelector('#host-error')!.textContent, `userRuleErrorPublicSuffix(${host})`);
      }
      assert.deepEqual(fake.calls, [], 'no access asked, nothing saved');
    } finally {
      cleanup();
    }
  });

  it('keeps a rule whose access was refused, with a way to ask again', async () => {
    const fake = fakePorts({}, { grant: false });
    const { root, cleanup } = await open(fake);
    try {
      await input(root, '#host', 'chat.example.org');
      await input(root, '#name', 'Chat');
      root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await settle();
      assert.equal(fake.stored().userRules.length, 1, 'nothing the user typed is lost');
      assert.match(root.textContent!, /optionsUserRuleNoAccess/);
      assert.ok([...root.querySelectorAll('button')].some((b) => b.textContent === 'optionsUserRuleAllow'));
    } finally {
      cleanup();
    }
  });

  it('imports a good file, refuses a bad one with its errors and changes nothing', async () => {
    const fake = fakePorts();
    const page = await open(fake);
    try {
      const importText = async (text: string) => {
        const fileInput = page.root.querySelector<HTMLInputElement>('#import-file')!;
        const file = new page.dom.window.File([text], 'settings.json', { type: 'application/json' });
        Object.defineProperty(fileInput, 'files', { value: [file], configurable: true });
        fileInput.dispatchEvent(new page.dom.window.Event('change', { bubbles: true }));
        await settle();
      };
      await importText('{"format": "forewarn-settings", "version": 2, "settings": {"__proto__": {}}}');
      assert.match(page.root.querySelector('[role="alert"]')!.textContent!, /optionsImportRefused.*importForbiddenKey\(settings\.__proto__\)/s);
      assert.equal(fake.calls.length, 0);
      assert.deepEqual(fake.stored(), DEFAULT_SETTINGS);

      // A user rule the form would refuse is refused in a file too: the whole file, each problem named.
      const wide = { ...DEFAULT_SETTINGS, mode: 'every-visit' as const, userRules: [{ id: 'user-com', host: 'com', name: 'All of .com', note: '', alternatives: [] }] };
      await importText(exportSettings(wide));
      assert.match(page.root.querySelector('[role="alert"]')!.textContent!, /importAt\(settings\.userRules\[0\]\.host\|userRuleErrorPublicSuffix\(com\)\)/);
      assert.equal(fake.calls.length, 0, 'no access asked, nothing saved');
      assert.deepEqual(fake.stored(), DEFAULT_SETTINGS);

      await importText(exportSettings({ ...DEFAULT_SETTINGS, mode: 'every-visit', paused: true }));
      assert.equal(fake.stored().mode, 'every-visit');
      assert.equal(fake.stored().paused, true);
      assert.match(page.root.textContent!, /optionsImported/);

      page.root.querySelector<HTMLButtonElement>('#file-heading ~ .file-actions button')!.click();
      // The file input stays a real, labelled input; only its label is drawn as a button.
      const input = page.root.querySelector<HTMLInputElement>('input[type="file"]#import-file')!;
      assert.equal(page.root.querySelector('label.button[for="import-file"]')!.textContent, 'optionsImport');
      assert.notEqual(input.type, 'hidden');
      assert.equal(input.disabled, false);
      // The page says what Forewarn covers and how the note behaves by default.
      assert.equal(page.root.querySelector('a.cover-link')!.getAttribute('href'), 'details.html');
      assert.equal(page.root.querySelector('.first-use')!.textContent, 'optionsFirstUse');
      assert.ok((fake.calls as string[]).some((c) => c.startsWith('download:forewarn-settings.json:')));
    } finally {
      page.cleanup();
    }
  });
});
