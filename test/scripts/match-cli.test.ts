import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { verdictLines } from '../../scripts/lib/verdict-lines.js';

const services = [
  { id: 'skype', name: 'Skype', hosts: ['skype.com'] },
  { id: 'outlook', name: 'Outlook.com', hosts: ['outlook.live.com'] },
];

describe('match command', () => {
  it('prints one JSON line per argument, in order, with an error for non-URLs', () => {
    const lines = verdictLines(services, ['https://WWW.skype.com/', 'https://example.org/', 'skype.com', 'https://outlook.live.com/mail/']);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), [
      { url: 'https://WWW.skype.com/', service: 'skype', name: 'Skype' },
      { url: 'https://example.org/', service: null, name: null },
      { url: 'skype.com', service: null, name: null, error: 'not an absolute URL (did you mean https://skype.com ?)' },
      { url: 'https://outlook.live.com/mail/', service: 'outlook', name: 'Outlook.com' },
    ]);
  });

  it('says why a URL of another scheme is never matched', () => {
    const lines = verdictLines(services, ['ftp://skype.com/', 'about:blank', 'http://skype.com/']);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), [
      { url: 'ftp://skype.com/', service: null, name: null, error: 'only http and https pages are matched, not "ftp:" addresses' },
      { url: 'about:blank', service: null, name: null, error: 'only http and https pages are matched, not "about:" addresses' },
      { url: 'http://skype.com/', service: 'skype', name: 'Skype' },
    ]);
  });

  it('echoes the argument as given and says which trimmed URL it matched', () => {
    const [line] = verdictLines(services, ['  https://web.skype.com/ \n']);
    assert.deepEqual(JSON.parse(line!), { url: '  https://web.skype.com/ \n', matched: 'https://web.skype.com/', service: 'skype', name: 'Skype' });
  });

  it('reports a rule-wide exclusion on a family host with the rule that gave the page up', () => {
    const search = { id: 'search', name: 'Search', hosts: ['www.example.com'], families: [{ family: 'towns', subdomain: 'www' }], exclude: ['/url'] };
    const towns = { id: 'towns', name: 'Towns', source: { url: 'https://example.org/d', publisher: 'Example', kind: 'provider' as const, license: 'facts', retrieved: '2026-12-01' }, domains: ['example.de'] };
    const lines = verdictLines([search], ['https://www.example.de/url?q=https://example.org/', 'https://www.example.de/urlx', 'https://www.example.com/url'], [towns]);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), [
      { url: 'https://www.example.de/url?q=https://example.org/', service: null, name: null, excludedFrom: 'search' },
      { url: 'https://www.example.de/urlx', service: 'search', name: 'Search' },
      { url: 'https://www.example.com/url', service: null, name: null, excludedFrom: 'search' },
    ]);
  });

  it('prints its usage and exits 2 when given no URL', function () {
    this.timeout(30_000);
    const result = spawnSync('npm', ['run', '--silent', 'match'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^usage: npm run --silent match -- URL/);
  });

  it('runs as `npm run --silent match -- URL...` on the project rules and exits 0 for non-URLs', function () {
    const result = spawnSync('npm', ['run', '--silent', 'match', '--', 'https://example.org/', 'not a url'], { encoding: 'utf8' });
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(lines[0], { url: 'https://example.org/', service: null, name: null });
    assert.equal(lines[1].url, 'not a url');
    assert.match(lines[1].error, /not an absolute URL/);
    assert.equal(lines.length, 2);
  });
});
