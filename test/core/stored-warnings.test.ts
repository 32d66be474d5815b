/** The notes' copy in storage.local: what the background writes and what a page on a host reads back. */
import assert from 'node:assert/strict';
import { loadRules, today } from '../../scripts/lib/load-rules.js';
import { createMatcher } from '../../src/core/matcher.js';
import { matchableServices, publishRules, warningDataOf, type WarningData } from '../../src/core/published-rules.js';
import { hostKeysFor, servicesFound, storedWarnings, warningsForHost, WARNINGS_PREFIX } from '../../src/core/stored-warnings.js';
import { SYNC_KEY, USER_RULES_KEY } from '../../src/core/settings.js';

const note = (id: string, hosts: string[], exclude?: string[]): WarningData => ({
  id,
  name: id,
  summary: `${id}.`,
  hosts,
  ...(exclude ? { exclude } : {}),
  categories: ['jurisdiction'],
  alternatives: [],
});

describe('stored warnings', () => {
  it('look up the hostname and every domain above it', () => {
    assert.deepEqual(hostKeysFor('Mail.Example.co.uk.'), ['warnings:host:mail.example.co.uk', 'warnings:host:example.co.uk', 'warnings:host:co.uk', 'warnings:host:uk']);
  });

  it('give a page the services with a host spec on its host or a domain above it, each once', () => {
    const entries = storedWarnings([note('search', ['www.google.com', 'www.google.de']), note('maps', ['www.google.com/maps', 'maps.google.com']), note('mail', ['mail.google.com'])]);
    // Each service under each of its hosts, with only its specs on that host.
    assert.deepEqual(entries['warnings:host:www.google.com']!.map((s) => [s.id, s.hosts]), [['search', ['www.google.com']], ['maps', ['www.google.com/maps']]]);
    assert.deepEqual(warningsForHost(entries, 'www.google.com').map((s) => s.id), ['search', 'maps']);
    assert.deepEqual(warningsForHost(entries, 'www.google.de').map((s) => s.id), ['search']);
    assert.deepEqual(warningsForHost(entries, 'eu.maps.google.com').map((s) => s.id), ['maps']);
    assert.deepEqual(warningsForHost(entries, 'google.com').map((s) => s.id), []);
    assert.deepEqual(warningsForHost(entries, 'www.google.com.example.org').map((s) => s.id), []);
  });

  it('keep every entry under one prefix that no settings key uses', () => {
    const keys = Object.keys(storedWarnings([note('a', ['a.example'])]));
    assert.ok(keys.length > 0 && keys.every((k) => k.startsWith(WARNINGS_PREFIX)));
    for (const key of [SYNC_KEY, USER_RULES_KEY, 'seen']) assert.ok(!key.startsWith(WARNINGS_PREFIX), key);
  });

  it('give a service found under two keys once, with its specs from both', () => {
    const entries = storedWarnings([note('outlook', ['outlook.live.com', 'live.com', 'outlook.com'], ['/owa/privacy'])]);
    assert.deepEqual(warningsForHost(entries, 'outlook.live.com'), [note('outlook', ['outlook.live.com', 'live.com'], ['/owa/privacy'])]);
  });

  it('leave out damaged entries rather than fail', () => {
    const found = { 'warnings:host:a.example': [note('a', ['a.example']), { id: 'b' }, null, 3], 'warnings:host:b.example': 'b', other: [note('c', ['c.example'])] };
    assert.deepEqual(servicesFound(found).map((s) => s.id), ['a']);
  });

  it("give, for every test URL of the project's rules, the services that decide that URL", () => {
    const { services, alternatives, families } = loadRules(process.cwd());
    const rules = publishRules(services, alternatives, today(), families);
    const entries = storedWarnings(warningDataOf(rules));
    const everything = createMatcher(matchableServices(rules));
    let checked = 0;
    for (const rule of services) {
      for (const url of [...rule.tests.match, ...rule.tests.noMatch]) {
        const verdict = everything.match(url);
        // What a page would decide with only the services stored for its host.
        const local = createMatcher(warningsForHost(entries, new URL(url).hostname)).match(url);
        assert.deepEqual(local.kind === 'match' ? local.serviceId : null, verdict.kind === 'match' ? verdict.serviceId : null, url);
        checked++;
      }
    }
    assert.ok(checked > 500, `${checked} URLs`);
  });
});
