import assert from 'node:assert/strict';
import fs from 'node:fs';
import { applyChoice } from '../../src/core/service-choices.js';
import { DEFAULT_SETTINGS, LONGEST_SNOOZE_MS, readSettings, storedForm, type Settings, type StoredSettings } from '../../src/core/settings.js';
import { DAY_MS } from '../../src/core/warning-policy.js';

/** A moment before the fixtures' snooze (2030-03-17) ends, so it is still a plausible snooze. */
const NOW = 1_899_000_000_000;

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
    const { settings, problems } = readSettings(format1, NOW);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, everyChoice);
  });

  it('round-trips through its stored form: preferences in sync, lists in local', () => {
    const stored = storedForm(everyChoice);
    assert.deepEqual(Object.keys(stored.local), ['userRules']);
    assert.equal((stored.sync.settings as { version: number }).version, 2);
    assert.equal((stored.sync.settings as Record<string, unknown>).userRules, undefined);
    assert.ok(JSON.stringify(stored.sync).length < 8192, 'well within the sync per-item quota');
    assert.deepEqual(readSettings(stored, NOW), { settings: everyChoice, problems: [] });
  });

  it('keeps what is readable from damaged settings, defaults the rest, reports it, never throws', () => {
    const stored = storedForm(everyChoice);
    const damaged: StoredSettings = {
      sync: { settings: { ...(stored.sync.settings as object), mode: 'loud', paused: 'yes', services: { skype: { snoozedUntil: 'soon' }, gmail: { acknowledged: true }, __proto__x: 1 } } },
      local: { userRules: [{ host: 'chat.example.org', name: 'Example Chat' }, 42, { host: 'chat.example.org', name: 'Again' }] },
    };
    const { settings, problems } = readSettings(damaged, NOW);
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

  it('drops a stored snooze that is negative or past the longest snooze, and says so', () => {
    const snoozed = (snoozedUntil: number) => ({ sync: { settings: { version: 2, services: { skype: { snoozedUntil } } } }, local: {} });
    for (const bad of [1e308, -1, NOW + 90 * DAY_MS]) {
      const { settings, problems } = readSettings(snoozed(bad), NOW);
      assert.deepEqual(settings.services, {}, String(bad));
      assert.deepEqual(problems, ['services.skype.snoozedUntil: not a time up to the longest snooze']);
    }
    assert.deepEqual(readSettings(snoozed(NOW + LONGEST_SNOOZE_MS), NOW).settings.services, { skype: { snoozedUntil: NOW + LONGEST_SNOOZE_MS } });
  });

  it('bounds snoozes by the longest snooze the warning and the popup offer', () => {
    const longest = Math.max(...(['snooze-day', 'snooze-month'] as const).map((a) => applyChoice(DEFAULT_SETTINGS, 's', a, 0).services.s!.snoozedUntil!));
    assert.equal(LONGEST_SNOOZE_MS, longest);
  });

  it('reports a stored name or note that had to be cut', () => {
    const { settings, problems } = readSettings({ sync: {}, local: { userRules: [{ host: 'chat.example.org', name: 'n'.repeat(150) }] } }, NOW);
    assert.equal(settings.userRules[0]!.name.length, 100);
    assert.deepEqual(problems, ['userRules[0]: name or note cut to length']);
  });
});
