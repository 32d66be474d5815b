import assert from 'node:assert/strict';
import { encodeHostIndex, matcherFromHostIndex } from '../../src/core/host-index.js';
import { createMatcher, HostTable } from '../../src/core/matcher.js';

describe('host index (the shipped matching form)', () => {
  const services = [
    { id: 'skype', hosts: ['skype.com'] },
    { id: 'maps', hosts: ['www.google.com/maps', 'maps.google.com'] },
    { id: 'search', hosts: ['www.google.com'] },
  ];

  it('round-trips to a matcher that gives the same verdicts as one built from the rules', () => {
    const fromIndex = matcherFromHostIndex(encodeHostIndex(services));
    const direct = createMatcher(services);
    for (const url of [
      'https://web.skype.com/', 'https://www.google.com/maps/x', 'https://www.google.com/search', 'https://maps.google.com/',
      'https://google.com/', 'https://example.org/', 'not a url',
    ]) {
      assert.deepEqual(fromIndex.match(url), direct.match(url), url);
    }
    assert.equal(encodeHostIndex(services).split('\n')[1], 'maps\twww.google.com/maps\tmaps.google.com');
  });

  it('skips empty fields in the index', () => {
    const matcher = matcherFromHostIndex('skype\t\tskype.com\t\n\nteams\tteams.microsoft.com');
    const v = matcher.match('https://teams.microsoft.com/');
    assert.equal(v.kind === 'match' && v.serviceId, 'teams');
    assert.equal(matcher.match('https://www.skype.com/').kind, 'match');
  });

  it('grows past its expected size and keeps every host', () => {
    const matcher = new HostTable(1);
    for (let i = 0; i < 5000; i++) {
      matcher.add(`h${i}.example.com`, `s${i}`);
      matcher.add(`x.h${i}.example.net`, `s${i}`);
    }
    for (const i of [0, 1, 2500, 4999]) {
      const v = matcher.match(`https://a.x.h${i}.example.net/`);
      assert.equal(v.kind === 'match' && v.serviceId, `s${i}`);
    }
    assert.equal(matcher.match('https://h5000.example.com/').kind, 'none');
  });
});
