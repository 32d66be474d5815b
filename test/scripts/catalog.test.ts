import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { publishedRulesOrThrow } from '../../scripts/lib/build-extension.js';
import { renderCatalog } from '../../scripts/lib/catalog.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { publishRules, type PublishedRules, type PublishedService } from '../../src/core/published-rules.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const rules = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');

function parse(html: string | undefined): Document {
  assert.ok(html !== undefined, 'the page is missing');
  return new JSDOM(html).window.document;
}

function hrefs(doc: ParentNode): string[] {
  return [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const RLO = 'gpj.\u202eexe';
const HUGE = 'x'.repeat(100_000);

function hostileRules(): PublishedRules {
  const hostile: PublishedService = {
    id: 'hostile',
    name: `${SCRIPT}${RLO}`,
    owner: `${IMG}\u200b\u200b`,
    summary: `${IMG} ${SCRIPT}`,
    hosts: ['hostile.example.com'],
    concerns: [
      {
        category: 'data-breach',
        claim: `${SCRIPT} ${HUGE}`,
        sources: [
          { url: 'javascript:alert(1)', title: IMG, publisher: `Pub ${RLO}`, date: '2020', quote: 'Words of the source itself.' },
          { url: 'http://plain.example.org/', title: `${SCRIPT}"'&`, publisher: 'P', date: '2021', quote: 'Words of the source itself.' },
          { url: 'not a url', title: 'Malformed', publisher: 'P', date: '2022', quote: 'Words of the source itself.' },
          { url: 'data:text/html,<script>alert(1)</script>', title: 'Data', publisher: 'P', date: '2023', quote: 'Words of the source itself.' },
        ],
      },
    ],
    alternatives: ['chat-app'],
    howToLeave: [{ kind: 'delete', title: IMG, url: ' javascript:alert(1)' }],
    lastReviewed: '2026-11-30',
  };
  const alternatives = { ...rules.alternatives, 'chat-app': { ...rules.alternatives['chat-app']!, homepage: 'javascript:alert(1)', license: SCRIPT } };
  return { ...rules, services: [...rules.services, hostile], alternatives };
}

describe('renderCatalog', () => {
  const catalog = renderCatalog(rules);

  it('lists every service on index.html, by name, with an anchor and a link to its page, and the categories', () => {
    const index = parse(catalog.get('index.html'));
    const sections = [...index.querySelectorAll('section.service')];
    assert.deepEqual(sections.map((s) => s.id), ['chatter', 'mailer']);
    for (const service of rules.services) {
      const link = index.querySelector(`section#${service.id} a[href="services/${service.id}.html"]`);
      assert.equal(link?.textContent, service.name);
    }
    for (const [id, meaning] of Object.entries(rules.categories)) {
      assert.equal(index.getElementById(`category_${id}`)?.nextElementSibling?.textContent, meaning);
    }
  });

  it('shows each concern with its category and every source, the alternatives, how to leave, and the review date', () => {
    const page = parse(catalog.get('services/chatter.html'));
    assert.equal(page.querySelector('h1')!.textContent, 'Chatter');
    assert.match(page.body.textContent!, /Example Corp/);
    const concern = page.querySelector('li.concern')!;
    assert.match(concern.textContent!, /A fixture claim about stored messages\./);
    // People's words, never the raw ids.
    assert.match(concern.textContent!, /Readable on its servers/);
    assert.doesNotMatch(page.querySelector('main')!.textContent!, /server-side-content|self-hostable/);
    assert.match(concern.textContent!, /Example News/);
    assert.match(concern.textContent!, /2012-07-27/);
    assert.equal(concern.querySelector('ul.sources a')!.getAttribute('href'), 'https://news.example.org/a');
    const alternatives = [...page.querySelectorAll('li.alternative')];
    assert.equal(alternatives.length, 2);
    assert.match(alternatives[0]!.textContent!, /GPL-3\.0-or-later/);
    assert.match(alternatives[0]!.textContent!, /Run it yourself/);
    assert.match(alternatives[0]!.textContent!, /Linux, Android/);
    assert.deepEqual(hrefs(alternatives[0]!), ['https://chat-app.example.org/', 'https://chat-app.example.org/', 'https://code.example.org/chat-app']);
    assert.match(alternatives[1]!.textContent!, /AGPL-3\.0-only OR GPL-3\.0-only/);
    const leave = page.querySelector('section.leave a')!;
    assert.equal(leave.getAttribute('href'), 'https://help.example.com/export');
    assert.equal(leave.textContent, 'Export your data');
    assert.match(page.querySelector('.reviewed')!.textContent!, /2026-11-30/);
    assert.equal(parse(catalog.get('services/mailer.html')).querySelector('section.leave'), null);
  });

  it('lists each service once on the index, with its review date', () => {
    const index = parse(catalog.get('index.html'));
    for (const service of rules.services) {
      assert.equal(hrefs(index).filter((h) => h === `services/${service.id}.html` || h === `#${service.id}`).length, 1, service.id);
      assert.match(index.getElementById(service.id)!.querySelector('.reviewed')!.textContent!, new RegExp(service.lastReviewed));
    }
  });

  it("shows a source's own words as a quote when the rule has one", () => {
    const quoted = structuredClone(rules);
    quoted.services[0]!.concerns[0]!.sources[0]!.quote = 'The words <b>the</b> source used.';
    const page = parse(renderCatalog(quoted).get(`services/${quoted.services[0]!.id}.html`));
    const quote = page.querySelector('ul.sources blockquote.quote')!;
    assert.equal(quote.textContent, 'The words <b>the</b> source used.');
    assert.equal(quote.querySelector('b'), null);
  });

  it('lists every alternative on alternatives.html with the services it replaces', () => {
    const page = parse(catalog.get('alternatives.html'));
    assert.deepEqual([...page.querySelectorAll('section.alternative')].map((s) => s.id), ['chat-app', 'mail-app']);
    assert.deepEqual(hrefs(page.getElementById('mail-app')!).filter((h) => h.startsWith('services/')), ['services/chatter.html', 'services/mailer.html']);
  });

  it('makes every page a standalone English document that links back to the index, with no outside resource and no script but catalog.js on the index', () => {
    assert.deepEqual([...catalog.keys()].sort(), ['alternatives.html', 'catalog.css', 'catalog.js', 'index.html', 'services/chatter.html', 'services/mailer.html']);
    for (const [file, contents] of renderCatalog(hostileRules())) {
      if (!file.endsWith('.html')) continue;
      const doc = parse(contents);
      const root = file.startsWith('services/') ? '../' : '';
      const csp = doc.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')!;
      assert.doesNotMatch(csp, /unsafe-|\*|data:|https?:/, file);
      if (file === 'index.html') {
        // Its one script is a file of the catalogue's own: no inline code, no handler attribute.
        assert.equal(contents.match(/<script/gi)?.length, 1, file);
        const script = doc.querySelector('script')!;
        assert.equal(script.getAttribute('src'), 'catalog.js');
        assert.equal(script.textContent, '');
        assert.equal(doc.querySelectorAll('[onload], [onclick], [oninput], [onchange]').length, 0);
        assert.match(csp, /(^|; )script-src 'self'(;|$)/);
        doc.querySelector('script')!.remove();
      } else {
        assert.doesNotMatch(contents, /<script/i, file);
        assert.doesNotMatch(csp, /script-src/, file);
      }
      assert.equal(doc.documentElement.lang, 'en', file);
      assert.ok(doc.querySelector('meta[charset]'), file);
      assert.ok(doc.querySelector('meta[name=viewport]'), file);
      assert.ok(doc.title.length > 0, file);
      assert.ok(hrefs(doc).includes(`${root}index.html`), file);
      assert.equal(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href'), `${root}catalog.css`);
      assert.equal(doc.querySelectorAll('script, img, iframe, object, embed, link:not([rel=stylesheet]), [style]').length, 0, file);
      for (const a of doc.querySelectorAll('a[href^="https:"]')) assert.equal(a.getAttribute('rel'), 'noopener noreferrer', file);
    }
    assert.doesNotMatch(catalog.get('catalog.css')!, /@import|url\(/);
  });

  it('renders hostile rule text as text: no markup, no unsafe links, bidi controls isolated', () => {
    const page = renderCatalog(hostileRules()).get('services/hostile.html')!;
    const doc = parse(page);
    assert.equal(doc.querySelectorAll('script, img').length, 0);
    assert.equal(doc.querySelectorAll('[onerror]').length, 0);
    assert.doesNotMatch(page, /<img|onerror=alert\(1\)>/);
    for (const href of hrefs(doc)) {
      assert.ok(href.startsWith('https:') || !/^[a-z][a-z0-9+.-]*:/i.test(href.trim()), `unsafe href ${href}`);
    }
    assert.equal(doc.querySelectorAll('a[href^="http:"], a[href*="javascript:"], a[href^="data:"]').length, 0);
    assert.equal(doc.querySelector('h1')!.textContent, `${SCRIPT}${RLO}`);
    assert.match(doc.querySelector('.summary')!.textContent!, /<img src=x onerror=alert\(1\)>/);
    assert.ok(doc.querySelector('.claim')!.textContent!.includes(HUGE));
    const sources = doc.querySelector('ul.sources')!.textContent!;
    assert.match(sources, /javascript:alert\(1\)/);
    assert.match(sources, /http:\/\/plain\.example\.org\//);
    assert.match(sources, /<script>alert\(1\)<\/script>"'&/);
    for (const selector of ['h1', '.owner', '.publisher']) {
      const isolated = [...doc.querySelector(selector)!.querySelectorAll('bdi, [dir=auto]')].some((el) => /[\u202e\u200b]/.test(el.textContent!));
      assert.ok(isolated, `${selector}: the bidi or zero-width text is not isolated`);
    }
    assert.doesNotMatch(doc.title, /[\u202e\u200b]/);
  });

  it('refuses an id that is not a rule id, since ids become file names', () => {
    const escape = { ...hostileRules().services.at(-1)!, id: '../../escape' };
    assert.throws(() => renderCatalog({ ...rules, services: [escape] }), /not a valid rule id/);
  });

  it('writes one page per service of the real rules', () => {
    const real = publishedRulesOrThrow(process.cwd());
    const files = renderCatalog(real);
    for (const service of real.services) {
      const doc = parse(files.get(`services/${service.id}.html`));
      assert.equal(doc.querySelector('h1')!.textContent, service.name);
    }
    assert.equal([...files.keys()].filter((f) => f.startsWith('services/')).length, real.services.length);
  });
});
