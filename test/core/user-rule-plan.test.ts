import assert from 'node:assert/strict';
import { planRegistrations, USER_SCRIPT_PREFIX } from '../../src/core/user-rule-plan.js';

const rule = (host: string) => ({ id: `user-${host}`, host, name: host, note: '', alternatives: [] });

describe('user rule registrations', () => {
  it('registers granted rules that are missing, removes scripts of rules gone or no longer granted', () => {
    const plan = planRegistrations(
      [rule('a.example.org'), rule('b.example.org'), rule('c.example.org')],
      [`${USER_SCRIPT_PREFIX}b.example.org`, `${USER_SCRIPT_PREFIX}old.example.org`, `${USER_SCRIPT_PREFIX}c.example.org`, 'something-else'],
      (origins) => !origins[0]!.includes('c.example.org'),
    );
    assert.deepEqual(plan.register, [{ id: `${USER_SCRIPT_PREFIX}a.example.org`, matches: ['*://a.example.org/*', '*://*.a.example.org/*'] }]);
    assert.deepEqual(plan.unregister, [`${USER_SCRIPT_PREFIX}old.example.org`, `${USER_SCRIPT_PREFIX}c.example.org`]);
  });

  it('after a restart that lost every registration, registers them all again', () => {
    const plan = planRegistrations([rule('a.example.org')], [], () => true);
    assert.equal(plan.register.length, 1);
    assert.deepEqual(plan.unregister, []);
  });
});
