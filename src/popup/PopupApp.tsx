/** The popup: the current tab's service in detail, or a short "no known concerns". */
import type { Matcher } from '../core/matcher.js';
import type { PublishedRules } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { reportRuleUrl, ruleFileUrl, suggestServiceUrl } from '../core/issue-links.js';
import { ServiceDetails } from './ServiceDetails.js';

export interface PopupProps {
  rules: PublishedRules;
  matcher: Matcher;
  /** The active tab's URL; undefined when the browser did not give it. */
  tabUrl: string | undefined;
  t: Translate;
  /** The project's issue tracker; no report links when empty. */
  bugsUrl: string;
}

function IssueLink({ href, children }: { href: string; children: string }) {
  return (
    <a class="issue-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function PopupApp({ rules, matcher, tabUrl, t, bugsUrl }: PopupProps) {
  const verdict = tabUrl === undefined ? undefined : matcher.match(tabUrl);
  if (verdict?.kind === 'match') {
    const service = rules.services.find((s) => s.id === verdict.serviceId);
    if (service) {
      return (
        <>
          <ServiceDetails service={service} rules={rules} t={t} ruleUrl={bugsUrl && ruleFileUrl(bugsUrl, service.id) ? (id) => ruleFileUrl(bugsUrl, id)! : undefined} />
          {bugsUrl && (
            <p class="meta">
              <IssueLink href={reportRuleUrl(bugsUrl, service.id, verdict.host)}>{t('popupReportProblem')}</IssueLink>
            </p>
          )}
        </>
      );
    }
  }
  const host = verdict?.kind === 'none' ? verdict.host : null;
  return (
    <>
      <h1 class="brand">{t('extensionName')}</h1>
      <p class="none">{host ? t('popupNoConcerns', host) : t('popupNoConcernsHere')}</p>
      {bugsUrl && (
        <p class="meta">
          <IssueLink href={suggestServiceUrl(bugsUrl, host)}>{t('popupSuggestService')}</IssueLink>
        </p>
      )}
    </>
  );
}
