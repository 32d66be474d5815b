/** `npm run match` output for host families and exclusions. */
import assert from 'node:assert/strict';
import { verdictLines } from '../../scripts/lib/verdict-lines.js';

const services = [
  { id: 'search', name: 'Search', hosts: ['www.example.com'], families: [{ family: 'countries', subdomain: 'www' }], exclude: ['www.example.com/url'] },
];
const families = [{ id: 'countries', name: 'Countries', source: { url: 'https://example.org/', publisher: 'Example', kind: 'provider' as const, license: 'facts', retrieved: '2026-12-01' }, domains: ['example.es', 'example.co.in'] }];

describe('verdictLines with families and exclusions', () => {
  it("matches a family's country domains and names the rule that excluded a URL", () => {
    const lines = verdictLines(services, ['https://www.example.es/', 'https://www.example.co.in/q', 'https://www.example.com/url?q=x', 'https://www.example.fr/'], families).map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.service), ['search', 'search', null, null]);
    assert.equal(lines[2].excludedFrom, 'search');
    assert.equal('excludedFrom' in lines[3], false);
  });

  it('matches only the own hosts when the family is not given', () => {
    assert.equal(JSON.parse(verdictLines(services, ['https://www.example.es/'])[0]!).service, null);
  });
});
