import assert from 'node:assert/strict';
import { countText, entryMatches, foldText, readState, writeState, type FilterEntry } from '../../scripts/lib/catalog-filter.js';

const gmail: FilterEntry = { name: 'Gmail', owner: 'Google LLC', summary: 'Web mail that scans messages.', categories: ['content-scanning', 'jurisdiction'] };
const cafe: FilterEntry = { name: 'Café Chat', owner: 'Société Générale des Messages', summary: 'Keeps every chat.', categories: ['server-side-content'] };
const all = (query: string, category = '') => [gmail, cafe].filter((e) => entryMatches(e, { query, category })).map((e) => e.name);

describe('catalogue filter', () => {
  it('keeps every service when nothing is typed and no category is chosen', () => {
    assert.deepEqual(all(''), ['Gmail', 'Café Chat']);
    assert.deepEqual(all('   '), ['Gmail', 'Café Chat']);
  });

  it('matches by name, owner and summary', () => {
    assert.deepEqual(all('gmail'), ['Gmail']);
    assert.deepEqual(all('google'), ['Gmail']);
    assert.deepEqual(all('scans'), ['Gmail']);
    assert.deepEqual(all('keeps every'), ['Café Chat']);
    assert.deepEqual(all('nowhere'), []);
  });

  it('ignores case and accents, in the query and in the text', () => {
    assert.deepEqual(all('CAFE'), ['Café Chat']);
    assert.deepEqual(all('société'), ['Café Chat']);
    assert.deepEqual(all('SOCIETE GENERALE'), ['Café Chat']);
    assert.deepEqual(all('gmaíl'), ['Gmail']);
    assert.equal(foldText('Ｇｍａｉｌ ﬁle Ünïcödé'), 'gmail file unicode');
  });

  it('needs every word, in any field and order, but not across two fields', () => {
    assert.deepEqual(all('mail google'), ['Gmail']);
    assert.deepEqual(all('mail chat'), []);
    // "llc" ends the owner and "web" starts the summary: no word spans them.
    assert.deepEqual(all('llcweb'), []);
  });

  it('keeps a service only when it has a concern of the chosen category', () => {
    assert.deepEqual(all('', 'jurisdiction'), ['Gmail']);
    assert.deepEqual(all('', 'server-side-content'), ['Café Chat']);
    assert.deepEqual(all('', 'data-breach'), []);
    assert.deepEqual(all('gmail', 'server-side-content'), []);
  });

  it('reads the state from the URL query, and an unknown category as all', () => {
    const offered = ['jurisdiction', 'data-breach'];
    assert.deepEqual(readState('?q=caf%C3%A9+chat&category=jurisdiction', offered), { query: 'café chat', category: 'jurisdiction' });
    assert.deepEqual(readState('', offered), { query: '', category: '' });
    for (const bad of ['nonsense', '', 'JURISDICTION', '__proto__', 'jurisdiction ']) {
      assert.deepEqual(readState(`?category=${encodeURIComponent(bad)}`, offered), { query: '', category: '' }, bad);
    }
  });

  it('writes the state as a URL query that reads back the same, and none when nothing filters', () => {
    assert.equal(writeState({ query: '', category: '' }), '');
    assert.equal(writeState({ query: '  ', category: '' }), '');
    const state = { query: 'café & co', category: 'data-breach' };
    assert.deepEqual(readState(writeState(state), ['data-breach']), state);
  });

  it('counts the services shown', () => {
    assert.equal(countText(12, 65), '12 of 65 services');
    assert.equal(countText(0, 65), '0 of 65 services');
    assert.equal(countText(1, 1), '1 of 1 service');
  });
});
