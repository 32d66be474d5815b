import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';
import { DAY_MS, presentation, type PolicyInput } from '../../src/core/warning-policy.js';

const now = Date.UTC(2026, 10, 30);
const input = (settings: Partial<Settings> = {}, rest: Partial<PolicyInput> = {}): PolicyInput => ({
  settings: { ...DEFAULT_SETTINGS, ...settings },
  serviceId: 'skype',
  categories: ['government-access', 'server-side-content'],
  seen: [],
  dismissed: [],
  now,
  ...rest,
});

describe('warning policy', () => {
  it('warns on the first visit, then shows the badge only (the default)', () => {
    assert.equal(presentation(input()), 'warning');
    assert.equal(presentation(input({}, { seen: ['skype'] })), 'badge');
    assert.equal(presentation(input({ mode: 'every-visit' }, { seen: ['skype'] })), 'warning');
  });

  it('shows only the badge in badge-only mode, when snoozed, acknowledged or dismissed', () => {
    assert.equal(presentation(input({ mode: 'badge-only' })), 'badge');
    assert.equal(presentation(input({ services: { skype: { snoozedUntil: now + DAY_MS } } })), 'badge');
    assert.equal(presentation(input({ services: { skype: { snoozedUntil: now - 1 } } })), 'warning', 'an expired snooze');
    assert.equal(presentation(input({ services: { skype: { acknowledged: true } } })), 'badge');
    assert.equal(presentation(input({}, { dismissed: ['skype'] })), 'badge');
    assert.equal(presentation(input({ services: { gmail: { acknowledged: true } } })), 'warning', 'another service');
  });

  it('warns only for categories the user keeps', () => {
    assert.equal(presentation(input({ mutedCategories: ['government-access'] })), 'warning');
    assert.equal(presentation(input({ mutedCategories: ['government-access', 'server-side-content'] })), 'badge');
    assert.equal(presentation(input({ mutedCategories: ['government-access'] }, { categories: [] })), 'warning', 'user rules');
  });

  it('shows nothing at all while paused', () => {
    assert.equal(presentation(input({ paused: true })), 'nothing');
  });
});
