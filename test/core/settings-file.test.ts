import assert from 'node:assert/strict';
import { SETTINGS_FILE_FORMAT, exportSettings, importSettings, type ImportError } from '../../src/core/settings-file.js';
import type { Settings } from '../../src/core/settings.js';
import { DAY_MS } from '../../src/core/warning-policy.js';
import { SHIPPED } from '../helpers/shipped-rules.js';

const NOW = 1_800_000_000_000;
const CONTEXT = { shipped: SHIPPED, now: NOW };

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
  const result = importSettings(text, CONTEXT);
  assert.equal(result.ok, false, 'expected the import to be refused');
  return (result as { errors: ImportError[] }).errors.map((e) => `${e.at ? `${e.at}: ` : ''}${e.key}(${e.args.join('|')})`);
}

describe('settings file', () => {
  it('round-trips every setting through export and import', () => {
    assert.deepEqual(importSettings(exportSettings(settings), CONTEXT), { ok: true, settings });
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
    for (const expected of [/importUnknownSetting\(settings\.colour\)/, /importBadMode\(every-visit, first-visit, badge-only\)/, /importBadPaused/, /importBadCategories/, /importUnreadable\(settings\.services\.skype\.snoozedUntil/, /^settings\.userRules\[0\]\.host: userRuleErrorHost/]) {
      assert.ok(errors.some((e) => expected.test(e)), `${expected} in ${errors.join(' | ')}`);
    }
  });

  it('refuses the whole file for any bad user rule, naming each problem, with the options page\'s own check', () => {
    const rule = (host: string, extra: Record<string, unknown> = {}) => ({ host, name: 'Chat', note: '', alternatives: [], ...extra });
    const bad = ['com', 'co.uk', 'github.io', 'localhost', '127.0.0.1', 'web.skype.com', '.', 'a..b', `${'abcdefghi.'.repeat(26)}example`];
    const errors = errorsOf(file({}, { userRules: [rule('chat.example.org'), ...bad.map((h) => rule(h))] }));
    assert.deepEqual(errors, [
      'settings.userRules[1].host: userRuleErrorPublicSuffix(com)',
      'settings.userRules[2].host: userRuleErrorPublicSuffix(co.uk)',
      'settings.userRules[3].host: userRuleErrorPublicSuffix(github.io)',
      'settings.userRules[4].host: userRuleErrorLocal(localhost)',
      'settings.userRules[5].host: userRuleErrorLocal(127.0.0.1)',
      'settings.userRules[6].host: userRuleErrorListed(web.skype.com|Skype)',
      'settings.userRules[7].host: userRuleErrorHost(.)',
      'settings.userRules[8].host: userRuleErrorHost(a..b)',
      `settings.userRules[9].host: userRuleErrorHost(${'abcdefghi.'.repeat(8)}…)`,
    ]);
    assert.deepEqual(errorsOf(file({}, { userRules: [rule('chat.example.org'), rule('CHAT.example.org')] })), ['settings.userRules[1].host: userRuleErrorDuplicate(chat.example.org)']);
  });

  it('refuses, never cuts, names and notes that are too long, and trims the rest', () => {
    const rule = { host: 'chat.example.org', name: 'n'.repeat(101), note: 'n'.repeat(501), alternatives: [] };
    assert.deepEqual(errorsOf(file({}, { userRules: [rule] })), ['settings.userRules[0].name: userRuleErrorName()', 'settings.userRules[0].note: userRuleErrorNote()']);
    const trimmed = importSettings(file({}, { userRules: [{ host: ' chat.example.org ', name: '  Chat ', note: ' note  ' }] }), CONTEXT);
    assert.deepEqual(trimmed.ok && trimmed.settings.userRules, [{ id: 'user-chat.example.org', host: 'chat.example.org', name: 'Chat', note: 'note', alternatives: [] }]);
  });

  it('refuses control and bidi characters, unpaired surrogates, unknown or repeated alternatives, and unknown rule fields', () => {
    const rules = [
      { host: 'a.example.org', name: 'Chat\u202E' },
      { host: 'b.example.org', name: 'Chat', note: 'x \uD800 y' },
      { host: 'c.example.org', name: 'Chat', alternatives: ['element', 'element', 'made-up'] },
      { host: 'd.example.org', name: 'Chat', colour: 'red', id: 'user-other.example.org' },
    ];
    assert.deepEqual(errorsOf(file({}, { userRules: rules })), [
      'settings.userRules[0].name: userRuleErrorCharacters()',
      'settings.userRules[1].note: userRuleErrorCharacters()',
      'settings.userRules[2].alternatives: userRuleErrorAlternativeRepeated(element)',
      'settings.userRules[2].alternatives: userRuleErrorAlternativeUnknown(made-up)',
      'importUnknownSetting(settings.userRules[3].colour)',
      'importUnreadable(settings.userRules[3].id)',
    ]);
  });

  it('catches duplicate keys written with escapes', () => {
    assert.deepEqual(errorsOf(file().replace('"mode":', '"\\u006dode":"every-visit","mode":')), ['importDuplicateKey(mode)']);
    assert.deepEqual(errorsOf(file().replace('"paused":false', '"paused":false,"pa\\u0075sed":true')), ['importDuplicateKey(paused)']);
  });

  it('bounds snoozes: never negative, never past the longest snooze the UI offers', () => {
    for (const snoozedUntil of [1e308, -1, NOW + 400 * DAY_MS]) {
      assert.deepEqual(errorsOf(file({}, { services: { skype: { snoozedUntil } } })), ['importBadSnooze(settings.services.skype.snoozedUntil|30)'], String(snoozedUntil));
    }
    const month = importSettings(file({}, { services: { skype: { snoozedUntil: NOW + 30 * DAY_MS } } }), CONTEXT);
    assert.equal(month.ok, true, 'a month ahead is what "snooze a month" sets');
  });
});
