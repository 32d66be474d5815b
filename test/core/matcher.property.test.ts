/**
 * Property tests (fast-check) on the matcher and the URL reader: for any
 * input, never a throw and always the same verdict; a listed host matches
 * with any subdomain in front and never with a label after it or one
 * character changed; the fast host reader agrees with the WHATWG parser.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createMatcher } from '../../src/core/matcher.js';
import { urlHost } from '../../src/core/url-host.js';

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,12}[a-z0-9])?$/);

/** Hosts the validator would accept and the URL parser keeps as they are. */
const ruleHost = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'de', 'co.uk', 'io', 'net'))
  .map(([labels, suffix]) => `${labels.join('.')}.${suffix}`)
  .filter((host) => !host.includes('xn--') && new URL(`https://${host}/`).hostname === host);

/** A subdomain a real page can have: an `xn--` label must be valid punycode, or the URL itself is invalid (a random one rarely is). */
const subdomainLabel = label.filter((l) => !l.startsWith('xn--'));

const path = fc.constantFrom('/', '/inbox', '/a/b?c=d', '/?q=skype.com#frag', '');

describe('matcher properties', () => {
  it('never throws and answers the same twice, for any string', () => {
    const matcher = createMatcher([{ id: 'skype', hosts: ['skype.com'] }, { id: 'maps', hosts: ['www.google.com/maps'] }]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.webUrl({ withQueryParameters: true, withFragments: true })), (input) => {
        const first = matcher.match(input);
        assert.ok(['match', 'none', 'invalid'].includes(first.kind));
        assert.deepEqual(matcher.match(input), first);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches a listed host with any subdomain labels in front', () => {
    fc.assert(
      fc.property(ruleHost, fc.array(subdomainLabel, { maxLength: 4 }), path, fc.constantFrom('http', 'https', 'HTTPS'), (host, subdomains, p, scheme) => {
        const matcher = createMatcher([{ id: 'svc', hosts: [host] }]);
        const url = `${scheme}://${[...subdomains, host].join('.')}${p}`;
        const verdict = matcher.match(url);
        assert.equal(verdict.kind === 'match' && verdict.serviceId, 'svc', url);
      }),
      { numRuns: 1000 },
    );
  });

  it('never matches the host with labels added after it', () => {
    fc.assert(
      fc.property(ruleHost, fc.array(label, { minLength: 1, maxLength: 3 }), path, (host, after, p) => {
        const matcher = createMatcher([{ id: 'svc', hosts: [host] }]);
        const url = `https://${host}.${after.join('.')}${p}`;
        assert.notEqual(matcher.match(url).kind, 'match', url);
      }),
      { numRuns: 1000 },
    );
  });

  it('never matches the host changed by one character', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-.'.split('');
    fc.assert(
      fc.property(ruleHost, fc.nat(), fc.constantFrom(...alphabet), fc.constantFrom('replace', 'insert', 'delete'), (host, at, char, edit) => {
        const i = at % (host.length + (edit === 'insert' ? 1 : 0));
        let changed: string;
        if (edit === 'replace') changed = host.slice(0, i) + char + host.slice(i + 1);
        else if (edit === 'insert') changed = host.slice(0, i) + char + host.slice(i);
        else changed = host.slice(0, i) + host.slice(i + 1);
        // A trailing dot is the same host by definition, not a change.
        fc.pre(changed !== host && changed !== `${host}.`);
        const matcher = createMatcher([{ id: 'svc', hosts: [host] }]);
        assert.notEqual(matcher.match(`https://${changed}/`).kind, 'match', `${host} → ${changed}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads hosts as the WHATWG URL parser does', () => {
    const oddHost = fc.oneof(
      fc.domain(),
      fc.ipV4(),
      fc.ipV4Extended(),
      fc.ipV6().map((ip) => `[${ip}]`),
      fc.stringMatching(/^[A-Za-z0-9.%-]{1,30}$/),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.constantFrom('http://', 'HTTPS://', 'https://u:p@', 'http:', 'https:/\\', ' https://'), oddHost, fc.constantFrom('', ':8080', ':0', ':65536', '.'), path, (scheme, host, tail, p) => {
        const input = `${scheme}${host}${tail}${p}`;
        let expected: string | null;
        try {
          expected = new URL(input).hostname.replace(/\.$/, '') || null;
        } catch {
          expected = null;
        }
        const got = urlHost(input);
        assert.equal(got.kind === 'web' ? got.host : null, expected, input);
      }),
      { numRuns: 3000 },
    );
  });
});
