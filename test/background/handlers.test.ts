import assert from 'node:assert/strict';
import { createHandlers, type BackgroundPorts } from '../../src/background/handlers.js';
import { dispatch } from '../../src/core/messages.js';

function fakePorts() {
  const badges = new Map<number, string>();
  let dismissed: string[] = [];
  let seen: string[] = [];
  const opened: string[] = [];
  const ports: BackgroundPorts = {
    async serviceIds() {
      return ['skype', 'outlook'];
    },
    async openPage(path) {
      opened.push(path);
    },
    async evidence(serviceId) {
      return serviceId === 'skype' ? [{ claim: 'A claim.', source: { url: 'https://news.example.org/', publisher: 'News', date: '2020' } }] : [];
    },
    async warnings(hostname) {
      return hostname === 'www.skype.com' ? [{ id: 'skype', name: 'Skype', summary: 'S.', hosts: ['skype.com'], categories: [], alternatives: [] }] : [];
    },
    async readSeen() {
      return seen;
    },
    async writeSeen(ids) {
      seen = ids;
    },
    async alternatives() {
      return { element: { id: 'element', name: 'Element', homepage: 'https://element.io/', license: 'AGPL-3.0-only' } };
    },
    async setBadge(tabId, text) {
      badges.set(tabId, text);
    },
    async readDismissed() {
      return dismissed;
    },
    async writeDismissed(ids) {
      dismissed = ids;
    },
  };
  return { ports, badges, opened, dismissed: () => dismissed, seen: () => seen };
}

describe('background handlers', () => {
  it('answers "Why?" with the claims of the service asked for, and none for an unknown id', async () => {
    const { ports } = fakePorts();
    const handlers = createHandlers(ports);
    assert.deepEqual(await dispatch(handlers, { type: 'evidence', serviceId: 'skype' }, {}), [
      { claim: 'A claim.', source: { url: 'https://news.example.org/', publisher: 'News', date: '2020' } },
    ]);
    assert.deepEqual(await dispatch(handlers, { type: 'evidence', serviceId: 'nope' }, {}), []);
  });

  it('answers a page that found no stored notes with the services of its host', async () => {
    const handlers = createHandlers(fakePorts().ports);
    assert.deepEqual((await dispatch(handlers, { type: 'warnings', hostname: 'www.skype.com' }, {})) as { id: string }[], [
      { id: 'skype', name: 'Skype', summary: 'S.', hosts: ['skype.com'], categories: [], alternatives: [] },
    ]);
    assert.deepEqual(await dispatch(handlers, { type: 'warnings', hostname: 'example.org' }, {}), []);
  });

  it("opens a packaged service's details page, and the list of services for an id it does not ship", async () => {
    const fake = fakePorts();
    const handlers = createHandlers(fake.ports);
    await handlers.openDetails({ serviceId: 'skype' }, { tabId: 7 });
    await handlers.openDetails({ serviceId: 'user-rule-1' }, { tabId: 7 });
    await handlers.openDetails({ serviceId: '../options.html' }, { tabId: 7 });
    assert.deepEqual(fake.opened, ['details.html#skype', 'details.html', 'details.html']);
  });

  it('sets the badge on the reporting tab and answers whether the service was dismissed', async () => {
    const fake = fakePorts();
    const handlers = createHandlers(fake.ports);
    assert.deepEqual(await handlers.pageShown({ serviceId: 'skype' }, { tabId: 7 }), { dismissed: false });
    assert.equal(fake.badges.get(7), '!');
    assert.equal(fake.badges.has(8), false);
    await handlers.dismiss({ serviceId: 'skype' }, { tabId: 7 });
    await handlers.dismiss({ serviceId: 'skype' }, { tabId: 7 });
    assert.deepEqual(fake.dismissed(), ['skype']);
    assert.deepEqual(await handlers.pageShown({ serviceId: 'skype' }, { tabId: 9 }), { dismissed: true });
    assert.deepEqual(await handlers.pageShown({ serviceId: 'outlook' }, { tabId: 9 }), { dismissed: false });
  });

  it('clears the badge when a single-page app leaves the listed part', async () => {
    const fake = fakePorts();
    const handlers = createHandlers(fake.ports);
    await handlers.pageShown({ serviceId: 'skype' }, { tabId: 3 });
    await handlers.pageLeft({}, { tabId: 3 });
    assert.equal(fake.badges.get(3), '');
  });

  it('dispatches by message type and refuses unknown messages', async () => {
    const fake = fakePorts();
    const handlers = createHandlers(fake.ports);
    assert.deepEqual(await dispatch(handlers, { type: 'pageShown', serviceId: 'x' }, { tabId: 1 }), { dismissed: false });
    for (const bad of [null, 'pageShown', { type: 'toString' }, { type: '__proto__' }, { type: 'nope' }]) {
      await assert.rejects(dispatch(handlers, bad, {}), /unknown message/);
    }
  });

  it('remembers services already warned about, once each', async () => {
    const fake = fakePorts();
    const handlers = createHandlers(fake.ports);
    await handlers.markSeen({ serviceId: 'skype' }, {});
    await handlers.markSeen({ serviceId: 'skype' }, {});
    await handlers.markSeen({ serviceId: 'teams' }, {});
    assert.deepEqual(fake.seen(), ['skype', 'teams']);
  });

  it('answers alternatives info for known ids only, never from the prototype', async () => {
    const handlers = createHandlers(fakePorts().ports);
    assert.deepEqual(await handlers.alternativesInfo({ ids: ['element', 'nope', 'constructor', '__proto__'] }, {}), [
      { id: 'element', name: 'Element', homepage: 'https://element.io/', license: 'AGPL-3.0-only' },
    ]);
  });
});
