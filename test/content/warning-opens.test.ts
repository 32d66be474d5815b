/** An account rule's note names the services the account opens; other notes have no such line. */
import assert from 'node:assert/strict';
import { renderWarning } from '../../src/content/warning-view.js';
import { createDom, fakeTranslate } from '../helpers/dom.js';
import { warningData } from '../helpers/warning-data.js';

const render = (data = warningData()) =>
  renderWarning(createDom().window.document, data, fakeTranslate, { onDismiss: () => undefined, onChoice: async () => undefined }).root;

describe('renderWarning for an account rule', () => {
  it('names the services the account opens, as text', () => {
    const root = render(warningData({ id: 'microsoft-account', name: 'Microsoft account', opens: [{ id: 'outlook', name: 'Outlook.com' }, { id: 'skype', name: '<b>Skype</b>' }] }));
    const line = root.querySelector('.opens')!;
    assert.equal(line.textContent, 'accountOpens Outlook.com, <b>Skype</b>');
    assert.equal(line.querySelector('b'), null);
  });

  it('has no such line for an ordinary service', () => {
    assert.equal(render().querySelector('.opens'), null);
  });
});
