import assert from 'node:assert/strict';
import { HOST_ATTRIBUTE, renderWarning } from '../../src/content/warning-view.js';
import { createDom, fakeTranslate } from '../helpers/dom.js';
import { EVIDENCE, warningData } from '../helpers/warning-data.js';
import { HUGE, RLO, ZERO_WIDTH } from '../helpers/hostile-rules.js';

describe('renderWarning', () => {
  it("says it is Forewarn's, shows the summary, alternatives as links, the choices, hidden details and a close button", async () => {
    const dom = createDom();
    const doc = dom.window.document;
    let dismissed = 0;
    let detailsOpened = 0;
    let evidenceAsked = 0;
    const loadEvidence = async () => {
      evidenceAsked++;
      return EVIDENCE;
    };
    // jsdom cannot make trusted events: the logic is tested with every event counted as the person's.
    const { root } = renderWarning(doc, warningData(), fakeTranslate, { onDismiss: () => dismissed++, onChoice: async () => undefined, onOpenDetails: () => detailsOpened++, loadEvidence }, () => true);
    const card = root.querySelector('section')!;
    assert.equal(card.getAttribute('role'), 'region');
    assert.equal(card.getAttribute('aria-label'), 'warningLabel(Skype)');
    // The first line names Forewarn, then the service.
    assert.equal(root.querySelector('h2')!.textContent, '!extensionNamewarningTitle(Skype)');
    assert.equal(root.querySelector('h2 .brand')!.textContent, 'extensionName');
    assert.equal(root.querySelector('h2 .mark')!.getAttribute('aria-hidden'), 'true');
    // The choices are in the first view, each saying what it does; closing says what it does too.
    const choices = [...root.querySelectorAll<HTMLButtonElement>('.actions [role="group"] button')];
    assert.deepEqual(choices.map((b) => b.title), ['warningSnoozeDayHint(Skype)', 'warningSnoozeMonthHint(Skype)', 'warningAcknowledgeHint(Skype)']);
    assert.ok(choices.every((b) => !b.closest('.details')), 'no choice is hidden behind "Why?"');
    assert.equal(root.querySelector('button.dismiss')!.getAttribute('aria-label'), 'warningDismissLabel(Skype)');
    assert.match(root.textContent!, /Skype kept messages/);
    const links = [...root.querySelectorAll('.alternatives a')].map((a) => [a.textContent, a.getAttribute('href')]);
    assert.deepEqual(links, [['Jitsi Meet', 'https://jitsi.org/'], ['Jami', 'https://jami.net/']]);

    const details = root.querySelector<HTMLElement>('.details')!;
    const more = root.querySelector<HTMLButtonElement>('button.more')!;
    assert.equal(details.hidden, true);
    assert.equal(more.getAttribute('aria-expanded'), 'false');
    // The claims ship once, in rules.json: none is in the note until "Why?" asks for them.
    assert.equal(evidenceAsked, 0);
    assert.equal(details.querySelectorAll('.concerns li').length, 0);
    more.click();
    assert.equal(details.hidden, false);
    assert.equal(more.getAttribute('aria-expanded'), 'true');
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.match(details.textContent!, /Messages were stored on the servers\. Example News, 2012-07-27/);
    more.click();
    more.click();
    assert.equal(evidenceAsked, 1, 'asked once, however often "Why?" is opened');
    assert.equal(details.querySelector('a')!.getAttribute('href'), 'https://news.example.org/a');
    assert.ok(card.classList.contains('open'));
    root.querySelector<HTMLButtonElement>('button.all-details')!.click();
    assert.equal(detailsOpened, 1);

    root.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    card.dispatchEvent(new dom.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    assert.equal(dismissed, 2);
    dom.window.close();
  });

  it('renders rule text as text and links only https URLs', () => {
    const dom = createDom();
    const data = warningData({
      name: '<img src=x onerror=alert(1)>',
      summary: '<b>bold</b> summary text',
      alternatives: [{ id: 'x', name: 'Evil', homepage: 'javascript:alert(1)', license: 'MIT' }],
    });
    const root = renderWarning(dom.window.document, data, fakeTranslate, { onDismiss() {}, onChoice: async () => undefined }).root;
    assert.equal(root.querySelector('img'), null);
    assert.equal(root.querySelector('b'), null);
    assert.match(root.textContent!, /<b>bold<\/b> summary text/);
    assert.equal(root.querySelector('.alternatives a'), null);
    assert.match(root.querySelector('.alternatives')!.textContent!, /Evil/);
    dom.window.close();
  });

  it('keeps huge, invisible and right-to-left text as isolated text, and never links javascript: or http:', async () => {
    const dom = createDom();
    const data = warningData({ summary: `${RLO} ${HUGE}`, name: ZERO_WIDTH, categories: ['data-breach'] });
    const evidence = [{ claim: `${RLO} claim`, source: { url: 'http://plain.example.org/', publisher: '<b>P</b>', date: '2020' } }];
    const root = renderWarning(dom.window.document, data, fakeTranslate, { onDismiss() {}, onChoice: async () => undefined, loadEvidence: async () => evidence }, () => true).root;
    root.querySelector<HTMLButtonElement>('button.more')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.ok(root.querySelector('.summary')!.textContent!.includes(HUGE));
    assert.equal(root.querySelector('.summary')!.getAttribute('dir'), 'auto');
    assert.equal(root.querySelector('.concerns li')!.getAttribute('dir'), 'auto');
    assert.equal(root.querySelector('.concerns a'), null, 'an http: source is text, not a link');
    assert.equal(root.querySelector('b'), null);
    dom.window.close();
  });

  it('is a plain element with an inline !important style and a closed shadow root the page cannot reach', () => {
    const dom = createDom();
    const doc = dom.window.document;
    const { host, root } = renderWarning(doc, warningData(), fakeTranslate, { onDismiss() {}, onChoice: async () => undefined });
    assert.equal(host.localName, 'div', 'not a custom element name a page could define first');
    assert.equal(host.hasAttribute(HOST_ATTRIBUTE), true);
    assert.equal(host.style.getPropertyPriority('display'), 'important');
    assert.equal(host.style.getPropertyValue('display'), 'block');
    assert.equal(host.shadowRoot, null, 'the shadow root is closed');
    assert.ok(root.querySelector('section'));
    dom.window.close();
  });

  it('ignores clicks and keys that a page script synthesised (isTrusted false)', async () => {
    const dom = createDom();
    const win = dom.window;
    const calls: string[] = [];
    const { root } = renderWarning(win.document, warningData(), fakeTranslate, {
      onDismiss: () => calls.push('dismiss'),
      onChoice: async (action) => void calls.push(action),
    });
    for (const button of root.querySelectorAll('button')) {
      button.click();
      button.dispatchEvent(new win.MouseEvent('click', { bubbles: true }));
      button.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }
    root.querySelector('section')!.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(calls, []);
    assert.equal(root.querySelector<HTMLElement>('.details')!.hidden, true, 'details did not open either');
    dom.window.close();
  });
});
