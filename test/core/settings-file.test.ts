import assert from 'node:assert/strict';
import { SETTINGS_FILE_FORMAT, exportSettings, importSettings, type ImportError } from '../../src/core/settings-file.js';
import type { Settings } from '../../src/core/settings.js';

const settings: Settings = {
  mode: 'badge-only',
  mutedCategories: ['data-breach'],
  paused: false,
  services: { skype: { acknowledged: true } },
  userRules: [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Example Chat', note: '', alternatives: ['element'] }],
};
const file = (override: Record<string, unknown> = {}, settingsOverride: Record<string, unknown> = {}) =>
  JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 2, settings: { ...settings, ...settingsOverride }, ...override });

/** The refusal's errors, each as `key(args…)` (the page translates them). */
function errorsOf(text: string): string[] {
  const result = importSettings(text);
  assert.equal(result.ok, false, 'expected the import to be refused');
  return (result as { errors: ImportError[] }).errors.map((e) => `${e.key}(${e.args.join('|')})`);
}

describe('settings file', () => {
  it('round-trips every setting through export and import', () => {
    assert.deepEqual(importSettings(exportSettings(settings)), { ok: true, settings });
  });

  it('refuses a huge file, deep nesting, non-JSON and non-objects with a clear error', () => {
    assert.equal(errorsOf(' '.repeat(300 * 1024) + '{}')[0], 'importTooLarge(256)');
    assert.match(errorsOf('['.repeat(50) + ']'.repeat(50))[0]!, /^importTooDeep\(.*\|8\)$/);
    assert.match(errorsOf('{"format": ')[0]!, /^importNotJson\(/);
    assert.equal(errorsOf('[1,2]')[0], 'importNotSettingsFile(forewarn-settings)');
    assert.equal(errorsOf('"text"')[0], 'importNotSettingsFile(forewarn-settings)');
  });

  it('refuses __proto__ and constructor keys, duplicate keys, another format or version', () => {
    assert.deepEqual(errorsOf(file().replace('"mode"', '"__proto__": {"paused": true}, "mode"')), ['importForbiddenKey(settings.__proto__)']);
    assert.deepEqual(errorsOf(file({}, { services: JSON.parse('{"constructor": {"acknowledged": true}}') })), ['importForbiddenKey(settings.services.constructor)']);
    assert.deepEqual(errorsOf(file().replace('"paused":false', '"paused":false,"paused":true')), ['importDuplicateKey(paused)']);
    assert.equal(errorsOf(file({ format: 'other' }))[0], 'importNotSettingsFile(forewarn-settings)');
    assert.equal(errorsOf(file({ version: 99 }))[0], 'importWrongVersion(99|2)');
  });

  it('refuses wrong types and unknown fields, naming each', () => {
    const errors = errorsOf(file({}, { mode: 'loud', paused: 'no', mutedCategories: ['spying'], colour: 'red', services: { skype: { snoozedUntil: 'later' } }, userRules: [{ host: 'A B', name: '' }] }));
    for (const expected of [/importUnknownSetting\(settings\.colour\)/, /importBadMode\(every-visit, first-visit, badge-only\)/, /importBadPaused/, /importBadCategories/, /importUnreadable\(settings\.services\.skype\.snoozedUntil/, /importUnreadable\(settings\.userRules\[0\]/]) {
      assert.ok(errors.some((e) => expected.test(e)), `${expected} in ${errors.join(' | ')}`);
    }
  });
});
