/**
 * Exclusions and host families in the matcher, the shipped index and the
 * manifest's exclude_matches: examples first, then properties (fast-check)
 * that tie the three together, so the page script, the popup and the
 * browser's own injection can never disagree on an excluded page.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expandedHosts, familyDomains, matchableService } from '../../src/core/host-families.js';
import { pathHasPrefix } from '../../src/core/host-spec.js';
import { excludePatterns, matchPatterns } from '../../src/core/match-patterns.js';
import { createMatcher, type Verdict } from '../../src/core/matcher.js';

const id = (v: Verdict) => (v.kind === 'match' ? v.serviceId : v.kind);

describe('matcher exclusions', () => {
  const matcher = createMatcher([
    { id: 'search', hosts: ['www.google.com'], exclude: ['www.google.com/url', 'www.google.com/amp'] },
    { id: 'maps', hosts: ['www.google.com/maps'], exclude: ['www.google.com/maps/about'] },
    { id: 'social', hosts: ['facebook.com'], exclude: ['developers.facebook.com', 'facebook.com/help'] },
    { id: 'messenger', hosts: ['facebook.com/messages'] },
  ]);

  it('takes an excluded path away from its rule, and says which rule gave it up', () => {
    assert.deepEqual(matcher.match('https://www.google.com/url?q=https://example.org/'), { kind: 'none', host: 'www.google.com', excludedFrom: 'search' });
    assert.equal(id(matcher.match('https://www.google.com/amp/s/example.org/a')), 'none');
    assert.equal(id(matcher.match('https://www.google.com/search?q=url')), 'search');
    assert.equal(id(matcher.match('https://www.google.com/urlx')), 'search');
  });

  it('excludes a host with its subdomains, and a path on every subdomain', () => {
    assert.equal(id(matcher.match('https://developers.facebook.com/docs/')), 'none');
    assert.equal(id(matcher.match('https://a.developers.facebook.com/')), 'none');
    assert.equal(id(matcher.match('https://web.facebook.com/help/contact/1')), 'none');
    assert.equal(id(matcher.match('https://www.facebook.com/helpful')), 'social');
  });

  it('leaves other rules alone: an exclusion belongs to its own rule', () => {
    assert.equal(id(matcher.match('https://mbasic.facebook.com/messages/t/1')), 'messenger');
    assert.equal(id(matcher.match('https://www.google.com/maps/place/Paris')), 'maps');
    // Maps gave the page up; the next most specific rule on the host decides.
    assert.equal(id(matcher.match('https://www.google.com/maps/about/')), 'search');
  });

  it('lets a less specific rule take a page that a more specific rule excludes', () => {
    const m = createMatcher([
      { id: 'portal', hosts: ['example.com'] },
      { id: 'app', hosts: ['app.example.com'], exclude: ['app.example.com/legal'] },
    ]);
    assert.equal(id(m.match('https://app.example.com/legal/terms')), 'portal');
    assert.equal(id(m.match('https://app.example.com/inbox')), 'app');
  });
});

describe('rule-wide path exclusions ("/path")', () => {
  const families = familyDomains([{ id: 'g', domains: ['google.com', 'google.de', 'google.co.jp'] }]);
  const search = matchableService({ id: 'search', hosts: ['www.google.com', 'google.example'], families: [{ family: 'g', subdomain: 'www' }], exclude: ['/url', '/intl/'] }, families);
  const services = [search, { id: 'maps', hosts: ['www.google.com/maps', 'www.google.de/maps'] }, { id: 'other', hosts: ['other.example.org'] }];
  const matcher = createMatcher(services);

  it('stay one entry in the data, however many hosts the families add', () => {
    assert.deepEqual(search.exclude, ['/url', '/intl/']);
  });

  it('exclude the path on a family host and on an own host, with its subpaths and queries', () => {
    for (const url of ['https://www.google.de/url?q=https://example.org/', 'https://www.google.co.jp/url', 'https://www.google.com/url/x', 'https://google.example/url?q=1', 'https://a.google.example/intl/de/about/']) {
      assert.deepEqual(matcher.match(url), { kind: 'none', host: new URL(url).hostname, excludedFrom: 'search' }, url);
    }
  });

  it('never exclude a sibling path, the rest of the host, or the same path of another rule', () => {
    assert.equal(id(matcher.match('https://www.google.de/urlx')), 'search');
    assert.equal(id(matcher.match('https://www.google.de/search?q=url')), 'search');
    assert.equal(id(matcher.match('https://www.google.de/intlx/')), 'search');
    assert.equal(id(matcher.match('https://other.example.org/url?q=1')), 'other');
    const sibling = createMatcher([{ id: 'maps', hosts: ['www.google.com/maps'], exclude: ['/maps/about'] }, { id: 'search', hosts: ['www.google.com'] }]);
    // Maps gave /maps/about up on its host; Search, less specific, takes it.
    assert.equal(id(sibling.match('https://www.google.com/maps/about/')), 'search');
    assert.equal(id(sibling.match('https://www.google.com/maps/place/x')), 'maps');
  });
});

describe('host families', () => {
  const families = familyDomains([{ id: 'g', domains: ['google.com', 'google.es', 'google.co.in'] }]);

  it('expand into one host spec per domain, with subdomain and path, without repeats', () => {
    const rule = { id: 'maps', hosts: ['www.google.com/maps', 'maps.google.com'], families: [{ family: 'g', subdomain: 'www', path: '/maps' }] };
    assert.deepEqual(expandedHosts(rule, families), ['www.google.com/maps', 'maps.google.com', 'www.google.es/maps', 'www.google.co.in/maps']);
  });

  it('expand to nothing for an unknown family (validation reports it)', () => {
    assert.deepEqual(expandedHosts({ id: 'x', hosts: ['x.com'], families: [{ family: 'missing' }] }, families), ['x.com']);
  });
});

/**
 * The browser's match-pattern test, for the patterns this project writes: scheme `*`, host `*.host`
 * (the host and its subdomains) or `*` (any host), then a path glob tested against path+query.
 */
function patternMatches(pattern: string, url: URL): boolean {
  const m = /^\*:\/\/(\*|\*\.[^/]+)(\/.*)$/.exec(pattern)!;
  // Host `*` is any host; `*.host` is the host and its subdomains.
  const host = m[1]!.slice(2);
  if (m[1] !== '*' && url.hostname !== host && !url.hostname.endsWith(`.${host}`)) return false;
  const glob = new RegExp(`^${m[2]!.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}

describe('exclusion properties', () => {
  const segment = fc.constantFrom('a', 'ab', 'url', 'amp', 'help', 'x.php', 'b-c');
  const pathOf = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => `/${s.join('/')}`);
  const tail = fc.constantFrom('', '/', '/more', 'x', '?q=1', '/?q=/a', '#frag', 'ab/c');
  const sub = fc.constantFrom('', 'www.', 'm.', 'a.b.');

  it('excludes exactly the URLs inside the exclusion, on every subdomain', () => {
    fc.assert(
      fc.property(pathOf, pathOf, tail, sub, (prefix, base, rest, subdomain) => {
        const m = createMatcher([{ id: 'svc', hosts: ['example.com'], exclude: [`example.com${prefix}`] }]);
        const url = new URL(`https://${subdomain}example.com${base}${rest}`);
        const inside = pathHasPrefix(url.pathname, prefix);
        assert.equal(id(m.match(url.href)), inside ? 'none' : 'svc', url.href);
      }),
      { numRuns: 1500 },
    );
  });

  it("the manifest's exclude_matches cover exactly what the matcher excludes", () => {
    fc.assert(
      fc.property(pathOf, pathOf, tail, sub, (prefix, base, rest, subdomain) => {
        const spec = `example.com${prefix}`;
        const m = createMatcher([{ id: 'svc', hosts: ['example.com'], exclude: [spec] }]);
        const url = new URL(`https://${subdomain}example.com${base}${rest}`);
        const byBrowser = excludePatterns([spec]).some((p) => patternMatches(p, url));
        assert.equal(byBrowser, id(m.match(url.href)) === 'none', url.href);
      }),
      { numRuns: 1500 },
    );
  });

  it('a rule-wide exclusion: the browser keeps the script off no page the matcher matches, and off exactly the excluded ones on whole hosts', () => {
    const hostsOf = fc.constantFrom(['example.com'], ['example.com', 'example.de'], ['www.example.com', 'example.de/app']);
    const urlHostOf = fc.constantFrom('example.com', 'www.example.com', 'example.de', 'm.example.de', 'example.org');
    fc.assert(
      fc.property(hostsOf, pathOf, urlHostOf, pathOf, tail, (hosts, prefix, host, base, rest) => {
        const m = createMatcher([{ id: 'svc', hosts, exclude: [prefix] }]);
        const url = new URL(`https://${host}${base}${rest}`);
        const inMatches = matchPatterns(hosts).some((p) => patternMatches(p, url));
        const keptOff = inMatches && excludePatterns([prefix]).some((p) => patternMatches(p, url));
        const matched = id(m.match(url.href)) === 'svc';
        if (keptOff) assert.equal(matched, false, `the browser excludes more than the matcher: ${url.href}`);
        // Path prefixes of hosts are left to the content script (match-patterns.ts), so "exactly" holds on whole hosts.
        if (inMatches && hosts.every((h) => !h.includes('/'))) assert.equal(keptOff, !matched, url.href);
      }),
      { numRuns: 1500 },
    );
  });

  it('a whole-host exclusion pattern covers the host and its subdomains only', () => {
    fc.assert(
      fc.property(sub, fc.constantFrom('help.example.com', 'example.com.evil.org', 'nothelp.example.com'), (subdomain, host) => {
        const url = new URL(`https://${subdomain}${host}/x`);
        const byBrowser = excludePatterns(['help.example.com']).some((p) => patternMatches(p, url));
        assert.equal(byBrowser, url.hostname === 'help.example.com' || url.hostname.endsWith('.help.example.com'));
      }),
    );
  });
});
