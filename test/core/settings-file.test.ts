import assert from 'node:assert/strict';
import { SETTINGS_FILE_FORMAT, exportSettings, importSettings } from '../../src/core/settings-file.js';
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

function errorsOf(text: string): string[] {
  const result = importSettings(text);
  assert.equal(result.ok, false, 'expected the import to be refused');
  return (result as { errors: string[] }).errors;
}

describe('settings file', () => {
  it('round-trips every setting through export and import', () => {
    assert.deepEqual(importSettings(exportSettings(settings)), { ok: true, settings });
  });

  it('refuses a huge file, deep nesting, non-JSON and non-objects with a clear error', () => {
    assert.match(errorsOf(' '.repeat(300 * 1024) + '{}')[0]!, /larger than 256 KB/);
    assert.match(errorsOf('['.repeat(50) + ']'.repeat(50))[0]!, /nested more than 8 levels/);
    assert.match(errorsOf('{"format": ')[0]!, /not valid JSON/);
    assert.match(errorsOf('[1,2]')[0]!, /not a Forewarn settings file/);
    assert.match(errorsOf('"text"')[0]!, /not a Forewarn settings file/);
  });

  it('refuses __proto__ and constructor keys, duplicate keys, another format or version', () => {
    assert.match(errorsOf(file().replace('"mode"', '"__proto__": {"paused": true}, "mode"')).join(), /__proto__ is not an allowed key/);
    assert.match(errorsOf(file({}, { services: JSON.parse('{"constructor": {"acknowledged": true}}') })).join(), /constructor is not an allowed key/);
    assert.match(errorsOf(file().replace('"paused":false', '"paused":false,"paused":true')).join(), /"paused" appears twice/);
    assert.match(errorsOf(file({ format: 'other' }))[0]!, /not a Forewarn settings file/);
    assert.match(errorsOf(file({ version: 99 }))[0]!, /format version 99; this Forewarn reads version 2/);
  });

  it('refuses wrong types and unknown fields, naming each', () => {
    const errors = errorsOf(file({}, { mode: 'loud', paused: 'no', mutedCategories: ['spying'], colour: 'red', services: { skype: { snoozedUntil: 'later' } }, userRules: [{ host: 'A B', name: '' }] }));
    for (const expected of [/settings\.colour is not a known setting/, /settings\.mode must be one of/, /settings\.paused must be true or false/, /mutedCategories must be a list of concern categories/, /services\.skype\.snoozedUntil/, /userRules\[0\]/]) {
      assert.ok(errors.some((e) => expected.test(e)), `${expected} in ${errors.join(' | ')}`);
    }
  });
});
