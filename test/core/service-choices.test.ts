import assert from 'node:assert/strict';
import { applyChoice } from '../../src/core/service-choices.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { DAY_MS } from '../../src/core/warning-policy.js';

describe('service choices', () => {
  const now = 1_800_000_000_000;
  it('snoozes for a day or 30 days, acknowledges, and clears, touching only that service', () => {
    const base = applyChoice(DEFAULT_SETTINGS, 'gmail', 'acknowledge', now);
    assert.deepEqual(applyChoice(base, 'skype', 'snooze-day', now).services, { gmail: { acknowledged: true }, skype: { snoozedUntil: now + DAY_MS } });
    assert.deepEqual(applyChoice(base, 'skype', 'snooze-month', now).services.skype, { snoozedUntil: now + 30 * DAY_MS });
    assert.deepEqual(applyChoice(base, 'gmail', 'clear', now).services, {});
    assert.deepEqual(DEFAULT_SETTINGS.services, {}, 'the defaults are never changed');
  });
});
