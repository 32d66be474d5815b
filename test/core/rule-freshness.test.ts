import assert from 'node:assert/strict';
import { freshnessWarnings, yearsNamed } from '../../src/core/rule-freshness.js';
import type { ServiceRule } from '../../src/core/rule-types.js';

function rule(summary: string, sourceDates: string[], lastReviewed = '2026-11-30'): { file: string; rule: ServiceRule } {
  return {
    file: 'rules/x.json',
    rule: {
      id: 'x',
      name: 'X',
      owner: 'X Corp',
      summary,
      hosts: ['x.example.com'],
      concerns: sourceDates.map((date) => ({
        category: 'data-breach',
        claim: 'A claim long enough.',
        sources: [{ url: 'https://news.example.org/', title: 'T', publisher: 'P', date, quote: 'Words of the source itself.' }],
      })),
      alternatives: ['a', 'b'],
      tests: { match: ['https://x.example.com/'], noMatch: ['https://example.org/'] },
      lastReviewed,
    },
  };
}

const paths = (rules: ReturnType<typeof rule>[], today: string) => freshnessWarnings(rules, today).map((w) => w.path);

describe('freshnessWarnings', () => {
  it('warns when lastReviewed is more than 12 months before today, not on the day itself', () => {
    assert.deepEqual(paths([rule('No year here.', ['2026-01-01'], '2025-12-01')], '2026-12-02'), ['lastReviewed']);
    assert.deepEqual(paths([rule('No year here.', ['2026-01-01'], '2025-12-02')], '2026-12-02'), []);
    // 29 February a year on is 28 February.
    assert.deepEqual(paths([rule('No year here.', ['2025-01-01'], '2024-02-28')], '2025-02-28'), []);
    assert.deepEqual(paths([rule('No year here.', ['2025-01-01'], '2024-02-27')], '2025-02-28'), ['lastReviewed']);
  });

  it('warns when the summary names only years more than five years back and no source is newer than five years', () => {
    const warnings = freshnessWarnings([rule('A 2013 breach exposed all accounts.', ['2013-06-08', '2016'])], '2026-12-02');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.path, 'summary');
    assert.match(warnings[0]!.message, /^speaks of 2013, more than five years ago, and no concern has a source dated since 2021-12-02 — check that it still holds today/);
  });

  it('stays quiet when a concern has a source from the last five years, counting a partial date from its last day', () => {
    assert.deepEqual(paths([rule('A 2013 breach exposed all accounts.', ['2013-06-08', '2024-03-01'])], '2026-12-02'), []);
    assert.deepEqual(paths([rule('A 2013 breach exposed all accounts.', ['2013-06-08', '2021-12'])], '2026-12-02'), []);
    assert.deepEqual(paths([rule('A 2013 breach exposed all accounts.', ['2013-06-08', '2021-11'])], '2026-12-02'), ['summary']);
  });

  it('judges the summary by its newest year, and only by years within five years of today', () => {
    assert.deepEqual(paths([rule('Named in 2013, and shut down in May 2025.', ['2013'])], '2026-12-02'), []);
    assert.deepEqual(paths([rule('A 2021 change.', ['2013'])], '2026-12-02'), []); // 2021-12-31 is within five years
    assert.deepEqual(paths([rule('A 2020 change.', ['2013'])], '2026-12-02'), ['summary']);
    assert.deepEqual(paths([rule('Keeps mail readable on its servers.', ['2001'])], '2026-12-02'), []); // no year: nothing to date
  });

  it('reads years, not other numbers', () => {
    assert.deepEqual(yearsNamed('68 million users in 2012; 3 billion accounts; 1.2013 and 20135 and 2013.5; 1989 and 2031; ended in 2025.', 2026), [2012, 2025]);
  });
});
