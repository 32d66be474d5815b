/** Rule content written to break things: markup, script URLs, huge and invisible text. */
import type { PublishedRules } from '../../src/core/published-rules.js';

export const HUGE = 'x'.repeat(100_000);
export const RLO = '\u202Eevil\u202C';
export const ZERO_WIDTH = 'sky\u200Bpe';

export function hostileRules(): PublishedRules {
  return {
    formatVersion: 3,
    generated: '2026-11-30',
    categories: {} as PublishedRules['categories'],
    services: [
      {
        id: 'hostile',
        name: `<img src=x onerror=alert(1)>${ZERO_WIDTH}`,
        owner: '<script>alert(1)</script>',
        summary: `<b>bold</b> ${RLO} ${HUGE}`,
        hosts: ['hostile.example.com'],
        concerns: [
          {
            category: 'government-access',
            claim: '<a href="javascript:alert(1)">click</a>',
            sources: [
              { url: 'javascript:alert(1)', title: '<svg onload=alert(1)>', publisher: RLO, date: '2020', quote: 'Words of the source itself.' },
              { url: 'http://plain.example.org/', title: 'Plain http', publisher: 'P', date: '2020', quote: 'Words of the source itself.' },
            ],
          },
        ],
        alternatives: ['evil'],
        lastReviewed: '2026-11-30',
      },
    ],
    alternatives: {
      evil: { id: 'evil', name: '<i>Evil</i>', description: '<script>x</script>', homepage: 'javascript:alert(1)', repository: 'data:text/html,x', license: 'MIT', kind: ['app'], platforms: ['web'] },
    },
    families: {},
  };
}
