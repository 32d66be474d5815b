/** The popup: the current tab's service in detail, or a short "no known concerns". */
import type { Matcher } from '../core/matcher.js';
import type { PublishedRules } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { ServiceDetails } from './ServiceDetails.js';

export interface PopupProps {
  rules: PublishedRules;
  matcher: Matcher;
  /** The active tab's URL; undefined when the browser did not give it. */
  tabUrl: string | undefined;
  t: Translate;
}

export function PopupApp({ rules, matcher, tabUrl, t }: PopupProps) {
  const verdict = tabUrl === undefined ? undefined : matcher.match(tabUrl);
  if (verdict?.kind === 'match') {
    const service = rules.services.find((s) => s.id === verdict.serviceId);
    if (service) return <ServiceDetails service={service} rules={rules} t={t} />;
  }
  const host = verdict?.kind === 'none' ? verdict.host : null;
  return <p class="none">{host ? t('popupNoConcerns', host) : t('popupNoConcernsHere')}</p>;
}
