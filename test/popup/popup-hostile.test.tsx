import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { render } from 'preact-render-to-string';
import { createMatcher } from '../../src/core/matcher.js';
import { PopupApp } from '../../src/popup/PopupApp.js';
import { fakeTranslate } from '../helpers/dom.js';
import { HUGE, RLO, hostileRules } from '../helpers/hostile-rules.js';

describe('popup with hostile rule content', () => {
  it('renders rule text as text, links only https, and keeps bidi text isolated', () => {
    const rules = hostileRules();
    const html = render(<PopupApp rules={rules} matcher={createMatcher(rules.services)} tabUrl="https://hostile.example.com/" t={fakeTranslate} bugsUrl="" />);
    const doc = new JSDOM(`<main>${html}</main>`).window.document;
    for (const tag of ['script', 'img', 'svg', 'b', 'i']) assert.equal(doc.querySelector(tag), null, `<${tag}> was rendered`);
    assert.equal(doc.querySelector('[onerror], [onload]'), null);
    // Outside links are https only; the one own-page link is the service's details page.
    for (const a of doc.querySelectorAll('a[href]:not(.details-link)')) assert.match(a.getAttribute('href')!, /^https:/, a.outerHTML);
    for (const a of doc.querySelectorAll('a.details-link')) assert.match(a.getAttribute('href')!, /^details\.html(#[\w%.-]*)?$/, a.outerHTML);
    assert.ok(doc.body.textContent!.includes(HUGE));
    assert.match(doc.body.textContent!, /<script>alert\(1\)<\/script>/);
    assert.ok([...doc.querySelectorAll('[dir="auto"]')].some((e) => e.textContent!.includes(RLO)), 'RLO text sits in a dir=auto element');
  });
});
