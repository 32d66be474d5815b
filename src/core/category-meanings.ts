/**
 * One line of meaning for each concern category: shown in rules.json, the
 * README's table (a test compares them) and the catalogue. Kept apart from the
 * ids so the content script does not carry these sentences.
 */
import type { CategoryId } from './categories.js';

export const CATEGORIES: Readonly<Record<CategoryId, string>> = {
  'government-access':
    'Named in a government data-access programme, or states that it hands user data to authorities on request.',
  'server-side-content':
    'Messages, mail or files are kept on the provider\'s servers in a form the provider can read.',
  'no-end-to-end-encryption':
    'Content is not end-to-end encrypted by default, so the provider can read it in transit or at rest.',
  'content-scanning':
    'The provider, or others it lets in, scans the content of messages or files.',
  'advertising-profile':
    'What people do on the service is used to build an advertising profile.',
  'data-breach':
    'User accounts or data have been exposed in a breach.',
  jurisdiction:
    'The provider is bound by laws that can compel it to disclose user data, wherever the data is stored.',
  'central-control':
    'One company controls the network and can change how it works, or end it, for everyone.',
  'model-training':
    'What people type, say or upload is used to train the provider\'s AI models.',
};
