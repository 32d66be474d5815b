/**
 * The skeleton `npm run new-rule` writes. Fields a person must fill in are
 * left empty, so `npm run rules:check` names each one until it is done and an
 * untouched template can never pass review by accident.
 */
import type { ServiceRule } from '../../src/core/rule-types.js';

export const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function ruleTemplate(id: string, hosts: readonly string[], today: string): ServiceRule {
  const testHosts = hosts.length > 0 ? hosts : [`${id}.example`];
  const first = testHosts[0]!.split('/')[0]!;
  return {
    $schema: './schema/service.schema.json',
    id,
    name: '',
    owner: '',
    summary: '',
    hosts: [...testHosts],
    concerns: [
      {
        category: 'government-access',
        claim: '',
        sources: [{ url: '', title: '', publisher: '', date: '' }],
      },
    ],
    alternatives: [],
    howToLeave: [],
    tests: {
      match: testHosts.flatMap((spec) => {
        const [host, ...path] = spec.split('/');
        const suffix = path.length ? `/${path.join('/')}` : '/';
        return [`https://${host}${suffix}`, `https://www.${host}${suffix}`];
      }),
      noMatch: [`https://${first}.example.org/`, `https://not${first}/`, `https://example.org/?u=${first}`],
    },
    lastReviewed: today,
  };
}
