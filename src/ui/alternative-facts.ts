/** One line of facts about an alternative in people's words: licence, how to use it, platforms. */
import { kindName, platformName } from '../core/labels.js';
import type { PublishedAlternative } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';

export function alternativeFacts(alt: PublishedAlternative, t: Translate): string {
  const uses = [...alt.kind.map((k) => kindName(t, k)), ...alt.platforms.map((p) => platformName(t, p))].join(', ');
  return t('popupAlternativeMeta', [alt.license, uses]);
}
