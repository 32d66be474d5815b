/**
 * The skeleton `npm run new-rule` writes. Fields a person must fill in are
 * left empty, so `npm run rules:check` names each one, once, until it is done,
 * and an untouched template can never pass review by accident. Nothing is
 * pre-filled that would pass unread: no category (the list of choices sits
 * beside the empty field, and must be deleted once one is chosen), no review
 * date, two empty alternative slots (CONTRIBUTING asks for two).
 */
import { parse as parseDomain } from 'tldts';
import { CATEGORY_IDS } from '../../src/core/categories.js';
import type { ServiceRule } from '../../src/core/rule-types.js';
import { CATEGORY_CHOICES_KEY } from '../../src/core/schema-messages.js';

export const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A concern as the template writes it: the category still to be chosen, with the choices beside it. */
type TemplateConcern = Omit<ServiceRule['concerns'][number], 'category'> & { category: ''; [CATEGORY_CHOICES_KEY]: string };
export type RuleTemplate = Omit<ServiceRule, 'concerns'> & { concerns: TemplateConcern[] };

export function ruleTemplate(id: string, hosts: readonly string[]): RuleTemplate {
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
        category: '',
        [CATEGORY_CHOICES_KEY]: CATEGORY_IDS.join(' | '),
        claim: '',
        sources: [{ url: '', title: '', publisher: '', date: '', quote: '' }],
      },
    ],
    alternatives: ['', ''],
    howToLeave: [],
    tests: {
      // www. only where the host is a whole domain (skype.com → www.skype.com);
      // "www.mail.proton.me" would be a test URL of an address nobody uses.
      match: testHosts.flatMap((spec) => {
        const [host = '', ...path] = spec.split('/');
        const suffix = path.length ? `/${path.join('/')}` : '/';
        const whole = parseDomain(host, { allowPrivateDomains: true }).domain === host;
        return whole ? [`https://${host}${suffix}`, `https://www.${host}${suffix}`] : [`https://${host}${suffix}`];
      }),
      noMatch: [`https://${first}.example.org/`, `https://not${first}/`, `https://example.org/?u=${first}`],
    },
    lastReviewed: '',
  };
}
