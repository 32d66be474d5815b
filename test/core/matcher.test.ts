import assert from 'node:assert/strict';
import { createMatcher } from '../../src/core/matcher.js';

const services = [
  { id: 'skype', hosts: ['skype.com'] },
  { id: 'outlook', hosts: ['outlook.live.com', 'hotmail.com'] },
  { id: 'teams', hosts: ['teams.microsoft.com'] },
  { id: 'maps', hosts: ['www.google.com/maps'] },
  { id: 'search', hosts: ['www.google.com'] },
];
const matcher = createMatcher(services);
const serviceOf = (url: string) => {
  const v = matcher.match(url);
  return v.kind === 'match' ? v.serviceId : null;
};

describe('createMatcher', () => {
  it('matches a host and all its subdomains', () => {
    assert.equal(serviceOf('https://skype.com/'), 'skype');
    assert.equal(serviceOf('https://www.skype.com/en/'), 'skype');
    assert.equal(serviceOf('https://web.skype.com/'), 'skype');
    assert.equal(serviceOf('https://a.b.c.skype.com/'), 'skype');
    assert.equal(serviceOf('https://outlook.live.com/mail/0/'), 'outlook');
    assert.equal(serviceOf('https://teams.microsoft.com/v2/'), 'teams');
  });

  it('ignores letter case, trailing dot, port, user info, query and fragment', () => {
    for (const url of [
      'HTTPS://WWW.SKYPE.COM/', 'https://www.skype.com./', 'https://www.skype.com:444/', 'https://me:pw@www.skype.com/',
      'https://www.skype.com/?q=1', 'https://www.skype.com/#frag', 'http://www.skype.com',
    ]) {
      assert.equal(serviceOf(url), 'skype', url);
    }
  });

  it('never matches look-alikes, mentions in path or query, IPs, localhost or non-web URLs', () => {
    for (const url of [
      'https://skype.com.example.org/', 'https://notskype.com/', 'https://skype.co/', 'https://skypeXcom/',
      'https://example.org/skype.com', 'https://example.org/?u=https://www.skype.com/', 'https://example.org/#skype.com',
      'http://127.0.0.1/', 'http://[::1]/', 'http://localhost/', 'about:blank', 'file:///skype.com', 'data:text/plain,skype.com',
      'https://live.com/', 'https://microsoft.com/', 'https://login.live.com/', 'https://example.org/',
    ]) {
      assert.equal(serviceOf(url), null, url);
    }
  });

  it('never matches hosts with an empty label', () => {
    assert.equal(serviceOf('https://.skype.com/'), null);
    assert.equal(serviceOf('https://www..skype.com/'), null);
  });

  it('reports strings that are not URLs as invalid', () => {
    assert.equal(matcher.match('skype.com').kind, 'invalid');
    assert.equal(matcher.match('').kind, 'invalid');
  });

  it('applies a path prefix on whole path segments, most specific first', () => {
    assert.equal(serviceOf('https://www.google.com/maps'), 'maps');
    assert.equal(serviceOf('https://www.google.com/maps/place/x?y'), 'maps');
    assert.equal(serviceOf('https://www.google.com/mapsearch'), 'search');
    assert.equal(serviceOf('https://www.google.com/search?q=maps'), 'search');
    assert.equal(serviceOf('https://www.google.com/?q=/maps'), 'search');
  });

  it('prefers the most specific host', () => {
    const m = createMatcher([
      { id: 'microsoft', hosts: ['microsoft.com'] },
      { id: 'teams', hosts: ['teams.microsoft.com'] },
    ]);
    const v = m.match('https://x.teams.microsoft.com/');
    assert.equal(v.kind === 'match' && v.serviceId, 'teams');
    const w = m.match('https://www.microsoft.com/');
    assert.equal(w.kind === 'match' && w.serviceId, 'microsoft');
  });
});
