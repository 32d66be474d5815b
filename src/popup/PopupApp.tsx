/**
 * The popup: for a listed service, what to do first (verdict, alternatives,
 * how to leave, the user's choices) and the evidence after; for any other
 * page, one line and "Suggest a service". The user's controls come in as
 * children, so this view stays a pure function of the rules.
 */
import type { ComponentChildren } from 'preact';
import type { Matcher } from '../core/matcher.js';
import type { PublishedRules } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { reportRuleUrl, suggestServiceUrl } from '../core/issue-links.js';
import { ServiceDetails } from './ServiceDetails.js';

export interface PopupProps {
  rules: PublishedRules;
  matcher: Matcher;
  /** The active tab's URL; undefined when the browser did not give it. */
  tabUrl: string | undefined;
  t: Translate;
  /** The project's issue tracker; no report links when empty. */
  bugsUrl: string;
  /** This service's choices, shown on the first screen (only for a listed service). */
  choices?: ComponentChildren;
  /** The pause and "All settings", at the end. */
  settings?: ComponentChildren;
}

function IssueLink({ href, children }: { href: string; children: string }) {
  return (
    <a class="issue-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** Forewarn's mark and name; the page's level-one heading when no service is listed (then nothing else is). */
function Brand({ t, heading = false }: { t: Translate; heading?: boolean }) {
  return <header class="brand-bar">{heading ? <h1 class="brand">{t('extensionName')}</h1> : <span class="brand">{t('extensionName')}</span>}</header>;
}

export function PopupApp({ rules, matcher, tabUrl, t, bugsUrl, choices, settings }: PopupProps) {
  const verdict = tabUrl === undefined ? undefined : matcher.match(tabUrl);
  const service = verdict?.kind === 'match' ? rules.services.find((s) => s.id === verdict.serviceId) : undefined;
  if (verdict?.kind === 'match' && service) {
    return (
      <>
        <Brand t={t} />
        <ServiceDetails service={service} rules={rules} t={t} choices={choices} />
        <footer class="popup-footer">
          <p class="links">
            <a class="details-link" href={`details.html#${encodeURIComponent(service.id)}`} target="_blank" rel="noopener">
              {t('allDetails')}
            </a>
            {bugsUrl && (
              <>
                {' · '}
                <IssueLink href={reportRuleUrl(bugsUrl, service.id, verdict.host)}>{t('popupReportProblem')}</IssueLink>
              </>
            )}
          </p>
          {settings}
        </footer>
      </>
    );
  }
  const host = verdict?.kind === 'none' ? verdict.host : null;
  return (
    <>
      <Brand t={t} heading />
      <p class="none">{host ? t('popupNoConcerns', host) : t('popupNoConcernsHere')}</p>
      <footer class="popup-footer">
        <p class="links">
          {bugsUrl && <IssueLink href={suggestServiceUrl(bugsUrl, host)}>{t('popupSuggestService')}</IssueLink>}
          {bugsUrl && ' · '}
          <a class="details-link" href="details.html" target="_blank" rel="noopener">
            {t('detailsCoverTitle')}
          </a>
        </p>
        {settings}
      </footer>
    </>
  );
}
