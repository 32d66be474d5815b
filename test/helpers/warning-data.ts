import type { EvidenceItem, WarningData } from '../../src/core/published-rules.js';

/** What the background answers for "Why?" on the helper's service. */
export const EVIDENCE: EvidenceItem[] = [
  { claim: 'Messages were stored on the servers.', source: { url: 'https://news.example.org/a', publisher: 'Example News', date: '2012-07-27' } },
];

export function warningData(overrides: Partial<WarningData> = {}): WarningData {
  return {
    id: 'skype',
    name: 'Skype',
    summary: 'Skype kept messages on servers that its owner can read.',
    hosts: ['skype.com'],
    categories: ['server-side-content'],
    alternatives: [
      { id: 'jitsi-meet', name: 'Jitsi Meet', homepage: 'https://jitsi.org/', license: 'Apache-2.0' },
      { id: 'jami', name: 'Jami', homepage: 'https://jami.net/', license: 'GPL-3.0-or-later' },
    ],
    ...overrides,
  };
}
