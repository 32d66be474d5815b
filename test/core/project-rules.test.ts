/** The project's own rules: valid, and each rule's test URLs give the verdicts it declares. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { projectLinks } from '../../scripts/lib/project-links.js';
import { familyDomains, matchableService } from '../../src/core/host-families.js';
import { createMatcher } from '../../src/core/matcher.js';
import { formatProblem } from '../../src/core/rules-validation.js';

const { services, families, problems } = loadRules(process.cwd());
const matcher = createMatcher(services.map((s) => matchableService(s, familyDomains(families))));

describe('the rules in rules/', () => {
  it('have no problems', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('include Skype, Outlook.com and Microsoft Teams', () => {
    for (const id of ['skype', 'outlook', 'teams']) assert.ok(services.some((s) => s.id === id), id);
  });

  it('give every account rule the services it opens, each a rule of its own', () => {
    for (const id of ['microsoft-account', 'google-account', 'apple-account']) {
      const account = services.find((s) => s.id === id);
      assert.ok(account?.opens?.length, id);
      for (const opened of account.opens) assert.ok(services.some((s) => s.id === opened), `${id} opens ${opened}`);
    }
  });

  it('cite, in every concern of the account rules, sources with a verbatim quote', () => {
    for (const id of ['microsoft-account', 'google-account', 'apple-account']) {
      for (const concern of services.find((s) => s.id === id)!.concerns) for (const source of concern.sources) assert.ok(source.quote, `${id}: ${source.url}`);
    }
  });

  // CONTRIBUTING asks for two independent sources; two different publishers is the part a test can see.
  // (Every source's quote is already required by the schema, which 'have no problems' checks.)
  it('cite, in every rule, sources from at least two publishers', () => {
    for (const service of services) {
      const publishers = new Set(service.concerns.flatMap((c) => c.sources.map((s) => s.publisher.trim().toLowerCase())));
      assert.ok(publishers.size >= 2, `${service.id}: ${[...publishers].join(', ')}`);
    }
  });

  it('sample the Google country-domain family in several countries', () => {
    for (const url of ['https://www.google.es/', 'https://www.google.it/search?q=x', 'https://www.google.co.in/', 'https://www.google.com.br/', 'https://www.google.ca/', 'https://www.google.co.jp/']) {
      const v = matcher.match(url);
      assert.equal(v.kind === 'match' ? v.serviceId : v.kind, 'google-search', url);
    }
  });

  it("exclude Google's redirector and company pages on every country domain, and only those paths", () => {
    const verdict = (url: string) => {
      const v = matcher.match(url);
      return v.kind === 'match' ? v.serviceId : v.kind === 'none' && v.excludedFrom ? `excluded from ${v.excludedFrom}` : v.kind;
    };
    for (const url of [
      'https://www.google.de/url?q=https://example.org/',
      'https://www.google.co.jp/amp/s/example.org/a',
      'https://www.google.es/intl/es/about/',
      'https://www.google.com.br/chrome/',
      'https://www.google.co.in/policies/privacy/',
      'https://www.google.ca/search/howsearchworks/',
      'https://www.google.com/url?q=https://example.org/',
    ]) {
      assert.equal(verdict(url), 'excluded from google-search', url);
    }
    for (const url of ['https://www.google.de/search?q=url', 'https://www.google.de/urlx', 'https://www.google.co.jp/', 'https://www.google.es/search?q=intl', 'https://www.google.com.br/search?q=chrome']) {
      assert.equal(verdict(url), 'google-search', url);
    }
    // The same path under another rule's more specific host is that rule's to decide.
    assert.equal(verdict('https://www.google.de/maps/place/Berlin'), 'google-maps');
  });

  // The popup links each claim's rule file and "report a problem" to the project's own repository;
  // the note must not meet people there, whichever host the project lives on.
  it("leave the project's own pages alone: the rule files and issue forms the extension links to", () => {
    const links = projectLinks(JSON.parse(fs.readFileSync('package.json', 'utf8')));
    for (const url of [`${links.repository}/blob/main/rules/github.json`, `${links.issues}/new`, `${links.repository}`]) {
      assert.equal(matcher.match(url).kind, 'none', url);
    }
  });

  for (const service of services) {
    it(`${service.id}: its match URLs match it and its noMatch URLs do not`, () => {
      for (const url of service.tests.match) {
        const v = matcher.match(url);
        assert.equal(v.kind === 'match' ? v.serviceId : v.kind, service.id, url);
      }
      for (const url of service.tests.noMatch) {
        const v = matcher.match(url);
        assert.notEqual(v.kind === 'match' ? v.serviceId : v.kind, service.id, url);
      }
    });
  }
});
