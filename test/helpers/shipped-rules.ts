/** A small stand-in for the shipped rules, for tests of the user-rule check and of import. */
import { createMatcher } from '../../src/core/matcher.js';
import type { ShippedRules } from '../../src/core/user-rule-input.js';

export const SHIPPED: ShippedRules = {
  listed: createMatcher([{ id: 'skype', hosts: ['skype.com'] }]),
  serviceName: (id) => (id === 'skype' ? 'Skype' : id),
  alternatives: new Set(['element', 'jitsi-meet']),
};
