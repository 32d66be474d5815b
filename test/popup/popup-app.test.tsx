import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { JSDOM } from 'jsdom';
import { PopupApp } from '../../src/popup/PopupApp.js';
import { publishRules } from '../../src/core/published-rules.js';
import { createMatcher } from '../../src/core/matcher.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { fakeTranslate } from '../helpers/dom.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const rules = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');
const matcher = createMatcher(rules.services);

function popupDocument(tabUrl: string | undefined, bugsUrl = 'https://tracker.example.org/issues', from = rules): Document {
  const html = render(
    <PopupApp rules={from} matcher={matcher} tabUrl={tabUrl} t={fakeTranslate} bugsUrl={bugsUrl} choices={<div id="choices-slot" />} settings={<div id="settings-slot" />} />,
  );
  return new JSDOM(`<main>${html}</main>`).window.document;
}

describe('PopupApp', () => {
  it('shows the service, each concern with its source link and date, and the alternatives with licence and link', () => {
    const doc = popupDocument('https://web.chatter.example.com/inbox');
    assert.equal(doc.querySelector('h1')!.textContent, 'Chatter');
    const concern = doc.querySelector('.concerns li')!;
    assert.match(concern.textContent!, /A fixture claim about stored messages\./);
    assert.match(concern.textContent!, /2012-07-27/);
    assert.equal(concern.querySelector('a')!.getAttribute('href'), 'https://news.example.org/a');
    const alternatives = [...doc.querySelectorAll('.alternatives li')];
    assert.equal(alternatives.length, 2);
    assert.equal(alternatives[0]!.querySelector('a')!.getAttribute('href'), 'https://chat-app.example.org/');
    assert.match(alternatives[0]!.textContent!, /GPL-3\.0-or-later/);
    assert.match(alternatives[1]!.textContent!, /AGPL-3\.0-only OR GPL-3\.0-only/);
  });

  it("links to the provider's own pages for leaving, and has no such section when a rule has none", () => {
    const leave = popupDocument('https://web.chatter.example.com/inbox').querySelector('.leave')!;
    assert.equal(leave.previousElementSibling!.textContent, 'popupHowToLeave');
    const items = [...leave.querySelectorAll('li')];
    assert.equal(items.length, 1);
    assert.equal(items[0]!.textContent, 'popupLeaveExport: Export your data');
    assert.equal(items[0]!.querySelector('a')!.getAttribute('href'), 'https://help.example.com/export');

    const mailer = popupDocument('https://mail.example.com/inbox');
    assert.equal(mailer.querySelector('h1')!.textContent, 'Mailer');
    assert.equal(mailer.querySelector('.leave'), null);
    assert.ok(![...mailer.querySelectorAll('h2')].some((h) => h.textContent === 'popupHowToLeave'));
  });

  it('puts what to do first: alternatives, the choices and how to leave come before the evidence, settings last', () => {
    const doc = popupDocument('https://web.chatter.example.com/inbox');
    const order = ['h1', '.alternatives', '#choices-slot', '.leave', '.concerns', '#settings-slot'].map((s) => doc.querySelector(s)!);
    for (let i = 1; i < order.length; i++) {
      assert.ok(order[i - 1]!.compareDocumentPosition(order[i]!) & 4 /* FOLLOWING */, `${i - 1} before ${i}`);
    }
    assert.equal(doc.querySelector('.brand')!.textContent, 'extensionName');
    assert.equal(doc.querySelector('a.details-link')!.getAttribute('href'), 'details.html#chatter');
    // Each concern is collapsed to its claim, with a category name in people's words.
    const summary = doc.querySelector('.concerns details > summary')!;
    assert.match(summary.textContent!, /A fixture claim about stored messages\.\s*categoryName/);
    assert.equal(doc.querySelector('.concerns details')!.hasAttribute('open'), false);
  });

  it("shows every source of a claim, each with the source's own words", () => {
    const quoted = structuredClone(rules);
    const concern = quoted.services.find((s) => s.id === 'chatter')!.concerns[0]!;
    concern.sources = [{ ...concern.sources[0]!, quote: 'The words the source itself used.' }, { url: 'https://second.example.org/b', title: 'Second', publisher: 'Second Publisher', date: '2020-01-02', quote: 'Words of the second source.' }];
    const doc = popupDocument('https://web.chatter.example.com/inbox', '', quoted);
    const sources = [...doc.querySelectorAll('.concerns li')[0]!.querySelectorAll('.sources li')];
    assert.equal(sources.length, 2);
    assert.equal(sources[0]!.querySelector('blockquote.quote')!.textContent, 'The words the source itself used.');
    assert.equal(sources[1]!.querySelector('blockquote.quote')!.textContent, 'Words of the second source.');
    assert.match(sources[1]!.textContent!, /Second Publisher: Second, 2020-01-02/);
  });

  it('says "no known concerns for <host>" on other tabs', () => {
    assert.equal(popupDocument('https://example.org/page').querySelector('.none')!.textContent, 'popupNoConcerns(example.org)');
    assert.equal(popupDocument('about:blank').querySelector('.none')!.textContent, 'popupNoConcernsHere');
    assert.equal(popupDocument(undefined).querySelector('.none')!.textContent, 'popupNoConcernsHere');
  });

  it('links to a pre-filled report about the rule, or a service suggestion, on the tracker', () => {
    const listed = popupDocument('https://web.chatter.example.com/inbox').querySelector<HTMLAnchorElement>('a.issue-link')!;
    assert.equal(listed.textContent, 'popupReportProblem');
    const report = new URL(listed.href);
    assert.equal(report.origin + report.pathname, 'https://tracker.example.org/issues/new');
    assert.match(report.searchParams.get('title')!, /chatter.*web\.chatter\.example\.com/);
    const other = new URL(popupDocument('https://example.org/').querySelector<HTMLAnchorElement>('a.issue-link')!.href);
    assert.equal(other.searchParams.get('title'), 'Suggest a service: example.org');
    assert.equal(popupDocument('https://example.org/', '').querySelector('a.issue-link'), null);
  });
});
