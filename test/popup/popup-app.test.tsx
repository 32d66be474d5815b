import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { JSDOM } from 'jsdom';
import { PopupApp } from '../../src/popup/PopupApp.js';
import { publishRules } from '../../src/core/published-rules.js';
import { encodeHostIndex, matcherFromHostIndex } from '../../src/core/host-index.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { fakeTranslate } from '../helpers/dom.js';

const fixtures = loadRules(process.cwd(), { services: 'test/fixtures/rules/valid', alternatives: 'test/fixtures/rules/valid/alternatives' });
const rules = publishRules(fixtures.services, fixtures.alternatives, '2026-11-30');
const matcher = matcherFromHostIndex(encodeHostIndex(rules.services));

function popupDocument(tabUrl: string | undefined, bugsUrl = 'https://tracker.example.org/issues'): Document {
  const html = render(<PopupApp rules={rules} matcher={matcher} tabUrl={tabUrl} t={fakeTranslate} bugsUrl={bugsUrl} />);
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
    assert.match(alternatives[0]!.textContent!, /popupAlternativeMeta\(GPL-3\.0-or-later\|linux, android\)/);
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
