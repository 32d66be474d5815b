import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { render } from 'preact-render-to-string';
import { DetailsApp } from '../../src/details/DetailsApp.js';
import { publishRules, type PublishedRules } from '../../src/core/published-rules.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { fakeTranslate } from '../helpers/dom.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const rules = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');

function page(serviceId: string, from: PublishedRules = rules): Document {
  return new JSDOM(render(<DetailsApp rules={from} serviceId={serviceId} t={fakeTranslate} />)).window.document;
}

describe('details page', () => {
  it("shows every source of every claim with its quote, the alternatives in people's words, how to leave and the review date", () => {
    const quoted = structuredClone(rules);
    const chatter = quoted.services.find((s) => s.id === 'chatter')!;
    chatter.concerns[0]!.sources.push({ url: 'https://second.example.org/b', title: 'Second', publisher: 'Second Publisher', date: '2020-01-02', quote: 'Its own words, verbatim.' });
    const doc = page('chatter', quoted);
    assert.equal(doc.querySelector('h1')!.textContent, 'Chatter');
    const sources = [...doc.querySelectorAll('.concerns > li')[0]!.querySelectorAll('.sources > li')];
    assert.equal(sources.length, chatter.concerns[0]!.sources.length);
    assert.equal(sources.at(-1)!.querySelector('a')!.getAttribute('href'), 'https://second.example.org/b');
    assert.equal(sources.at(-1)!.querySelector('blockquote.quote')!.textContent, 'Its own words, verbatim.');
    assert.match(doc.querySelector('.concerns .tag')!.textContent!, /^categoryName/);
    assert.match(doc.querySelector('.alternatives')!.textContent!, /kindApp/);
    assert.doesNotMatch(doc.querySelector('.alternatives')!.textContent!, /self-hostable|\blinux\b/);
    assert.ok(doc.querySelector('.leave a[href="https://help.example.com/export"]'));
    assert.match(doc.querySelector('.reviewed')!.textContent!, /popupLastReviewed\(\d{4}-\d{2}-\d{2}\)/);
  });

  it("links a service to its public rule file, where the reviewers' notes on each copy are", () => {
    const url = (id: string) => `https://example.org/rules/${encodeURIComponent(id)}.json`;
    const doc = new JSDOM(render(<DetailsApp rules={rules} serviceId="chatter" t={fakeTranslate} ruleFileUrl={url} />)).window.document;
    const link = doc.querySelector('.record a')!;
    assert.equal(link.getAttribute('href'), 'https://example.org/rules/chatter.json');
    assert.equal(link.textContent, 'rules/chatter.json');
    assert.match(doc.querySelector('.record')!.textContent!, /^detailsRuleFile/);
    assert.equal(page('chatter').querySelector('.record'), null, 'no link without an address');
  });

  it('lists each service once when no service is named, and says so when the id is unknown', () => {
    const cover = page('');
    const links = [...cover.querySelectorAll('.cover a')].map((a) => a.getAttribute('href'));
    assert.deepEqual(links, ['#chatter', '#mailer']);
    assert.equal(cover.querySelector('[role="alert"]'), null);
    const unknown = page('nope');
    assert.equal(unknown.querySelector('[role="alert"]')!.textContent, 'detailsNotFound(nope)');
    assert.equal(unknown.querySelectorAll('.cover a').length, 2);
  });
});
