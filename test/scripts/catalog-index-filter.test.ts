/**
 * The catalogue index with its shipped catalog.js running in jsdom, loaded the
 * way a browser loads it (the page's own <script src>), and without it.
 */
import assert from 'node:assert/strict';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { renderCatalog } from '../../scripts/lib/catalog.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { publishRules, type PublishedRules } from '../../src/core/published-rules.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const base = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');
// Chatter (server-side-content) and Mailer (government-access), both by Example Corp, and one with accents.
const cafe = { ...base.services[0]!, id: 'cafe', name: 'Café Chat', owner: 'Société Exemple', summary: 'Keeps every chat readable.' };
cafe.concerns = [{ ...cafe.concerns[0]!, category: 'data-breach' }, { ...cafe.concerns[0]!, category: 'government-access' }];
const rules: PublishedRules = { ...base, services: [...base.services, cafe] };
const catalog = renderCatalog(rules);
const ORIGIN = 'https://catalog.example';
const opened: JSDOM[] = [];

interface Loaded {
  dom: JSDOM;
  requests: string[];
  errors: string[];
}

/** index.html at `search`, serving the catalogue's own files and recording every request the page makes. */
async function load(search = ''): Promise<Loaded> {
  const requests: string[] = [];
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e.message));
  virtualConsole.on('error', (e) => errors.push(String(e)));
  const dom = new JSDOM(catalog.get('index.html')!, {
    url: `${ORIGIN}/index.html${search}`,
    runScripts: 'dangerously',
    virtualConsole,
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          requests.push(request.url);
          const file = catalog.get(new URL(request.url).pathname.slice(1));
          const type = request.url.endsWith('.js') ? 'text/javascript' : 'text/css';
          return Promise.resolve(file === undefined ? new Response('', { status: 404 }) : new Response(file, { headers: { 'Content-Type': type } }));
        }),
      ],
    },
  });
  opened.push(dom);
  await new Promise((resolve) => dom.window.addEventListener('load', resolve));
  return { dom, requests, errors };
}

function visible(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLElement>('section.service')].filter((s) => !s.hidden).map((s) => s.id);
}

function el<T extends Element>(doc: Document, id: string): T {
  const found = doc.getElementById(id);
  assert.ok(found, `#${id} is missing`);
  return found as unknown as T;
}

function type(dom: JSDOM, value: string): void {
  const input = el<HTMLInputElement>(dom.window.document, 'filter-query');
  input.value = value;
  input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}

function choose(dom: JSDOM, category: string): void {
  const select = el<HTMLSelectElement>(dom.window.document, 'filter-category');
  select.value = category;
  assert.equal(select.value, category, `no option ${category}`);
  select.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
}

describe('catalogue index filter', () => {
  afterEach(() => {
    for (const dom of opened.splice(0)) dom.window.close();
  });

  it('without JavaScript lists every service and shows no control', () => {
    const doc = new JSDOM(catalog.get('index.html')!).window.document;
    assert.deepEqual(visible(doc), ['cafe', 'chatter', 'mailer']);
    for (const section of doc.querySelectorAll('section.service')) assert.equal(section.closest('[hidden]'), null, section.id);
    assert.equal(el<HTMLElement>(doc, 'filter').hidden, true);
    assert.ok(doc.querySelector('#filter-query')!.closest('[hidden]'));
    assert.ok(doc.querySelector('#filter-category')!.closest('[hidden]'));
    // The stylesheet must let the attribute hide them, whatever else it says of the controls.
    assert.match(catalog.get('catalog.css')!, /\[hidden\] \{ display: none !important; \}/);
  });

  it('shows labelled controls, the count, and every service once the script runs', async () => {
    const { dom, requests, errors } = await load();
    const doc = dom.window.document;
    assert.equal(el<HTMLElement>(doc, 'filter').hidden, false);
    for (const id of ['filter-query', 'filter-category']) {
      const control = el<HTMLInputElement>(doc, id);
      assert.equal(control.labels?.length, 1, id);
      assert.ok(control.labels[0]!.textContent!.trim().length > 0, id);
      assert.equal(control.getAttribute('tabindex'), null, id);
    }
    const select = el<HTMLSelectElement>(doc, 'filter-category');
    assert.equal(select.value, '');
    assert.equal(select.selectedOptions[0]!.textContent, 'All categories');
    assert.deepEqual([...select.options].slice(1).map((o) => o.value), Object.keys(rules.categories));
    assert.deepEqual(visible(doc), ['cafe', 'chatter', 'mailer']);
    const count = el<HTMLElement>(doc, 'filter-count');
    assert.equal(count.textContent, '3 of 3 services');
    assert.equal(count.closest('[aria-live=polite]')?.getAttribute('role'), 'status');
    assert.equal(el<HTMLElement>(doc, 'filter-none').hidden, true);
    assert.equal(dom.window.location.search, '');
    // Its own script and stylesheet, nothing else: the script asks the network for nothing.
    assert.deepEqual(requests.sort(), [`${ORIGIN}/catalog.css`, `${ORIGIN}/catalog.js`]);
    assert.deepEqual(errors, []);
    assert.doesNotMatch(catalog.get('catalog.js')!, /fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|import\(|localStorage|cookie/);
  });

  it('filters as one types and picks a category, with the count, the empty message, and the URL following', async () => {
    const { dom, errors } = await load();
    const doc = dom.window.document;
    const count = el<HTMLElement>(doc, 'filter-count');
    const none = el<HTMLElement>(doc, 'filter-none');

    type(dom, 'CAFE');
    assert.deepEqual(visible(doc), ['cafe']);
    assert.equal(count.textContent, '1 of 3 services');
    type(dom, 'example corp');
    assert.deepEqual(visible(doc), ['chatter', 'mailer']);
    assert.equal(count.textContent, '2 of 3 services');
    assert.equal(dom.window.location.search, '?q=example+corp');

    choose(dom, 'government-access');
    assert.deepEqual(visible(doc), ['mailer']);
    assert.equal(count.textContent, '1 of 3 services');
    assert.equal(none.hidden, true);
    assert.equal(dom.window.location.search, '?q=example+corp&category=government-access');

    type(dom, 'societe');
    assert.deepEqual(visible(doc), ['cafe']);
    choose(dom, 'server-side-content');
    assert.deepEqual(visible(doc), []);
    assert.equal(count.textContent, '0 of 3 services');
    assert.equal(none.hidden, false);
    assert.match(none.textContent!, /No service matches/);

    type(dom, '');
    choose(dom, '');
    assert.deepEqual(visible(doc), ['cafe', 'chatter', 'mailer']);
    assert.equal(none.hidden, true);
    assert.equal(dom.window.location.href, `${ORIGIN}/index.html`);
    assert.deepEqual(errors, []);
  });

  it('restores a filtered view from its URL, as after a reload or from a link', async () => {
    const first = await load();
    type(first.dom, 'chat');
    choose(first.dom, 'data-breach');
    const { dom, errors } = await load(first.dom.window.location.search);
    const doc = dom.window.document;
    assert.equal(el<HTMLInputElement>(doc, 'filter-query').value, 'chat');
    assert.equal(el<HTMLSelectElement>(doc, 'filter-category').value, 'data-breach');
    assert.deepEqual(visible(doc), ['cafe']);
    assert.equal(el<HTMLElement>(doc, 'filter-count').textContent, '1 of 3 services');
    assert.deepEqual(errors, []);
  });

  it('falls back to all categories for an unknown category in the URL, without an error', async () => {
    for (const bad of ['nonsense', 'Data-Breach', '%3Cscript%3E', '']) {
      const { dom, errors } = await load(`?q=&category=${bad}`);
      const doc = dom.window.document;
      assert.equal(el<HTMLSelectElement>(doc, 'filter-category').value, '', bad);
      assert.deepEqual(visible(doc), ['cafe', 'chatter', 'mailer'], bad);
      assert.equal(el<HTMLElement>(doc, 'filter-count').textContent, '3 of 3 services', bad);
      assert.equal(dom.window.location.search, '', bad);
      assert.deepEqual(errors, [], bad);
    }
    const { dom } = await load('?q=exemple&category=nonsense');
    assert.deepEqual(visible(dom.window.document), ['cafe']);
    assert.equal(dom.window.location.search, '?q=exemple');
  });
});
