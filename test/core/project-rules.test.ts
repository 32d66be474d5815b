/** The project's own rules: valid, and each rule's test URLs give the verdicts it declares. */
import assert from 'node:assert/strict';
import { loadRules } from '../../scripts/lib/load-rules.js';
import { createMatcher } from '../../src/core/matcher.js';
import { formatProblem } from '../../src/core/rules-validation.js';

const { services, problems } = loadRules(process.cwd());
const matcher = createMatcher(services);

describe('the rules in rules/', () => {
  it('have no problems', () => {
    assert.deepEqual(problems.map(formatProblem), []);
  });

  it('include Skype, Outlook.com and Microsoft Teams', () => {
    for (const id of ['skype', 'outlook', 'teams']) assert.ok(services.some((s) => s.id === id), id);
  });

  for (const service of services) {
    it(`${service.id}: its match URLs match it and its noMatch URLs do not`, () => {
      for (const url of service.tests.match) {
        const v = matcher.match(url);
        assert.equal(v.kind === 'match' ? v.serviceId : v.kind, service.id, url);
      }
      for (const url of service.tests.noMatch) {
        const v = matcher.match(url);
        assert.notEqual(v.kind === 'match' ? v.serviceId : v.kind, service.id, url);
      }
    });
  }
});
