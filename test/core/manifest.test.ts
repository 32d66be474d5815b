import assert from 'node:assert/strict';
import fs from 'node:fs';
import { generateManifest } from '../../src/core/manifest.js';
import { matchPatterns } from '../../src/core/match-patterns.js';

const source = JSON.parse(fs.readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
const services = [
  { id: 'skype', hosts: ['skype.com'] },
  { id: 'maps', hosts: ['www.google.com/maps', 'maps.google.com'] },
];

describe('generateManifest', () => {
  it('gives Chromium a service worker and no gecko settings', () => {
    const m = generateManifest(source, 'chrome', services) as Record<string, any>;
    assert.deepEqual(m.background, { service_worker: 'background.js', type: 'module' });
    assert.equal(m.browser_specific_settings, undefined);
    assert.equal(m.manifest_version, 3);
  });

  it('gives Firefox background scripts and the gecko id, minimum version and data-collection statement', () => {
    const m = generateManifest(source, 'firefox', services) as Record<string, any>;
    assert.deepEqual(m.background, { scripts: ['background.js'], type: 'module' });
    assert.match(m.browser_specific_settings.gecko.id, /^[\w.-]+@[\w.-]+$/);
    assert.equal(m.browser_specific_settings.gecko.strict_min_version, '140.0');
    assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`registers ${browser} content scripts only for the rules' hosts, in one entry while no rule excludes a page`, () => {
      const m = generateManifest(source, browser, services) as Record<string, any>;
      assert.deepEqual(m.content_scripts, [
        { matches: ['*://*.maps.google.com/*', '*://*.skype.com/*', '*://*.www.google.com/*'], js: ['content.js'], run_at: 'document_start' },
      ]);
      const text = JSON.stringify(m);
      assert.ok(!text.includes('<all_urls>'), 'never <all_urls>');
      assert.equal(m.host_permissions, undefined);
    });
  }

  it('takes its version from the source manifest, which matches package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    assert.equal(source.version, pkg.version);
  });

  it('makes one subdomain-covering pattern per host, ignoring path prefixes', () => {
    assert.deepEqual(matchPatterns(['b.example.com/x', 'a.example.com', 'b.example.com']), ['*://*.a.example.com/*', '*://*.b.example.com/*']);
  });
});

describe('generateManifest with exclusions', () => {
  it('emits exclude_matches for a rule with exclusions, covering the path, its subpaths and its query', () => {
    const m = generateManifest(source, 'chrome', [{ id: 'bing', hosts: ['bing.com'], exclude: ['bing.com/chat', 'status.bing.com'] }, { id: 'skype', hosts: ['skype.com'] }, { id: 'x', hosts: ['x.com'], exclude: ['x.com/i/grok'] }]) as Record<string, any>;
    // The rules that exclude nothing share one entry; each rule that excludes has its own, so its exclusions never reach another rule's pages.
    assert.deepEqual(
      m.content_scripts.map((e: Record<string, unknown>) => [e.matches, e.exclude_matches]),
      [
        [['*://*.skype.com/*'], undefined],
        [['*://*.bing.com/*'], ['*://*.bing.com/chat', '*://*.bing.com/chat/*', '*://*.bing.com/chat?*', '*://*.status.bing.com/*']],
        [['*://*.x.com/*'], ['*://*.x.com/i/grok', '*://*.x.com/i/grok/*', '*://*.x.com/i/grok?*']],
      ],
    );
  });

  it('writes a rule-wide exclusion ("/url") once, with host * (any of the entry\'s own hosts), however many hosts the rule has', () => {
    const hosts = ['www.google.com', ...['de', 'es', 'co.jp', 'com.br'].map((tld) => `www.google.${tld}`)];
    const m = generateManifest(source, 'firefox', [{ id: 'search', hosts, exclude: ['/url', '/intl/', 'www.google.com/chrome'] }, { id: 'skype', hosts: ['skype.com'] }]) as Record<string, any>;
    const [skype, search] = m.content_scripts;
    assert.deepEqual(search.exclude_matches, [
      '*://*.www.google.com/chrome', '*://*.www.google.com/chrome/*', '*://*.www.google.com/chrome?*',
      '*://*/intl', '*://*/intl/*', '*://*/intl?*',
      '*://*/url', '*://*/url/*', '*://*/url?*',
    ]);
    assert.equal(search.matches.length, 5);
    assert.deepEqual(skype.matches, ['*://*.skype.com/*']);
    assert.equal('exclude_matches' in skype, false, "another rule's entry keeps its pages");
  });
});
