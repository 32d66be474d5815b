import assert from 'node:assert/strict';
import fs from 'node:fs';
import { DEFAULT_SETTINGS, readSettings, storedForm, type Settings, type StoredSettings } from '../../src/core/settings.js';

const format1 = JSON.parse(fs.readFileSync('test/fixtures/settings/format-1.json', 'utf8')) as StoredSettings;

const everyChoice: Settings = {
  mode: 'every-visit',
  mutedCategories: ['advertising-profile', 'data-breach'],
  paused: true,
  services: { skype: { snoozedUntil: 1900000000000 }, gmail: { acknowledged: true } },
  userRules: [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Example Chat', note: 'work chat', alternatives: ['element', 'jitsi-meet'] }],
};

describe('settings', () => {
  it('gives the defaults when nothing is stored', () => {
    assert.deepEqual(readSettings({ sync: {}, local: {} }), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.equal(DEFAULT_SETTINGS.mode, 'first-visit');
  });

  it('migrates a format-1 blob and keeps every choice', () => {
    const { settings, problems } = readSettings(format1);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, everyChoice);
  });

  it('round-trips through its stored form: preferences in sync, lists in local', () => {
    const stored = storedForm(everyChoice);
    assert.deepEqual(Object.keys(stored.local), ['userRules']);
    assert.equal((stored.sync.settings as { version: number }).version, 2);
    assert.equal((stored.sync.settings as Record<string, unknown>).userRules, undefined);
    assert.ok(JSON.stringify(stored.sync).length < 8192, 'well within the sync per-item quota');
    assert.deepEqual(readSettings(stored), { settings: everyChoice, problems: [] });
  });

  it('keeps what is readable from damaged settings, defaults the rest, reports it, never throws', () => {
    const stored = storedForm(everyChoice);
    const damaged: StoredSettings = {
      sync: { settings: { ...(stored.sync.settings as object), mode: 'loud', paused: 'yes', services: { skype: { snoozedUntil: 'soon' }, gmail: { acknowledged: true }, __proto__x: 1 } } },
      local: { userRules: [{ host: 'chat.example.org', name: 'Example Chat' }, 42, { host: 'chat.example.org', name: 'Again' }] },
    };
    const { settings, problems } = readSettings(damaged);
    assert.equal(settings.mode, 'first-visit');
    assert.equal(settings.paused, false);
    assert.deepEqual(settings.mutedCategories, everyChoice.mutedCategories);
    assert.deepEqual(settings.services, { gmail: { acknowledged: true } });
    assert.deepEqual(settings.userRules.map((r) => r.host), ['chat.example.org']);
    assert.ok(problems.length >= 5, problems.join('\n'));

    for (const junk of [null, 42, 'x', [], { settings: null }, { settings: [] }, { settings: { version: 99 } }]) {
      assert.doesNotThrow(() => readSettings({ sync: junk as Record<string, unknown>, local: junk as Record<string, unknown> }));
    }
  });
});
