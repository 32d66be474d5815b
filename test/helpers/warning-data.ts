import type { WarningData } from '../../src/core/published-rules.js';

export function warningData(overrides: Partial<WarningData> = {}): WarningData {
  return {
    id: 'skype',
    name: 'Skype',
    summary: 'Skype kept messages on servers that its owner can read.',
    hosts: ['skype.com'],
    concerns: [
      {
        category: 'server-side-content',
        claim: 'Messages were stored on the servers.',
        source: { url: 'https://news.example.org/a', publisher: 'Example News', date: '2012-07-27' },
      },
    ],
    alternatives: [
      { id: 'jitsi-meet', name: 'Jitsi Meet', homepage: 'https://jitsi.org/', license: 'Apache-2.0' },
      { id: 'jami', name: 'Jami', homepage: 'https://jami.net/', license: 'GPL-3.0-or-later' },
    ],
    ...overrides,
  };
}
