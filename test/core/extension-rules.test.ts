import assert from 'node:assert/strict';
import { extensionRules, RULES_FORMAT_VERSION, type PublishedRules } from '../../src/core/published-rules.js';

const source = { url: 'https://example.org/a', title: 'A', publisher: 'Example', date: '2026-01-02', quote: 'Words.' };
const rules = {
  formatVersion: RULES_FORMAT_VERSION,
  generated: '2026-12-02',
  categories: {},
  services: [
    {
      id: 'example',
      name: 'Example',
      owner: 'Example Inc.',
      summary: 'Keeps words.',
      hosts: ['example.com'],
      concerns: [{ category: 'data-breach', claim: 'A claim.', sources: [{ ...source, note: 'Read on a copy.' }, { ...source, url: 'https://example.org/b' }] }],
      alternatives: ['x'],
      lastReviewed: '2026-12-02',
    },
  ],
  alternatives: {},
  families: {},
} as unknown as PublishedRules;

describe('extensionRules (the copy each extension ships)', () => {
  it('drops only the notes on copies: every claim, source, date and quote stays', () => {
    const shipped = extensionRules(rules);
    assert.deepEqual(shipped.services[0]!.concerns[0]!.sources, [source, { ...source, url: 'https://example.org/b' }]);
    const { concerns: _a, ...restShipped } = shipped.services[0]!;
    const { concerns: _b, ...restPublic } = rules.services[0]!;
    assert.deepEqual(restShipped, restPublic);
    assert.equal(shipped.services[0]!.concerns[0]!.claim, 'A claim.');
  });

  it('leaves the public database it was given untouched', () => {
    extensionRules(rules);
    assert.equal(rules.services[0]!.concerns[0]!.sources[0]!.note, 'Read on a copy.');
  });
});
