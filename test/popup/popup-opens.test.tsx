/** The popup on an account rule's page lists the services it opens, each linked to its details page. */
import assert from 'node:assert/strict';
import { render } from 'preact-render-to-string';
import { JSDOM } from 'jsdom';
import { PopupApp } from '../../src/popup/PopupApp.js';
import { matchableServices, publishRules } from '../../src/core/published-rules.js';
import { createMatcher } from '../../src/core/matcher.js';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { fakeTranslate } from '../helpers/dom.js';

const project = loadRules(process.cwd());
const rules = publishRules(project.services, project.alternatives, '2026-12-02', project.families);
const matcher = createMatcher(matchableServices(rules));

function popup(tabUrl: string, bugsUrl: string): Document {
  return new JSDOM(`<main>${render(<PopupApp rules={rules} matcher={matcher} tabUrl={tabUrl} t={fakeTranslate} bugsUrl={bugsUrl} />)}</main>`).window.document;
}

describe('PopupApp for an account rule', () => {
  it('lists the services the Google Account opens, each linked to its details page', () => {
    const doc = popup('https://myaccount.google.com/security', 'https://github.com/forewarn/forewarn/issues');
    assert.ok(doc.querySelector('h1')!.textContent!.includes('Google Account'));
    const links = [...doc.querySelectorAll('.opens a')].map((a) => a.getAttribute('href'));
    assert.ok(links.includes('details.html#gmail'), links.join('\n'));
    assert.equal(links.length, rules.services.find((s) => s.id === 'google-account')!.opens!.length);
  });

  it('lists nothing of the kind for an ordinary service', () => {
    assert.ok(popup('https://login.live.com/', 'https://tracker.example.org/issues').querySelectorAll('.opens li a').length > 0);
    assert.equal(popup('https://outlook.live.com/mail/0/', 'https://github.com/forewarn/forewarn/issues').querySelector('.opens'), null);
  });

  it('never warns on the way out: Google Takeout and the account-closing pages match no service', () => {
    for (const url of ['https://takeout.google.com/', 'https://myaccount.google.com/delete-services-or-account', 'https://account.live.com/closeaccount.aspx']) {
      assert.equal(matcher.match(url).kind, 'none', url);
    }
  });
});

