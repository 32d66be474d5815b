/** The popup's view of one listed service: its concerns with sources and dates, the alternatives, then how to leave. */
import type { PublishedRules, PublishedService } from '../core/published-rules.js';
import type { LeaveLink } from '../core/rule-types.js';
import { safeHref } from '../core/safe-url.js';
import type { Translate } from '../core/translate.js';

function ExternalLink({ url, children }: { url: string; children: string }) {
  const href = safeHref(url);
  if (href === null) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

const LEAVE_KIND_KEYS: Record<LeaveLink['kind'], string> = { export: 'popupLeaveExport', delete: 'popupLeaveDelete', other: 'popupLeaveOther' };

/** An account rule's services, linked to their rule files when the project's address is known. */
function OpensList({ service, rules, t, ruleUrl }: { service: PublishedService; rules: PublishedRules; t: Translate; ruleUrl?: (id: string) => string }) {
  if (!service.opens?.length) return null;
  return (
    <>
      <h2>{t('popupAccountOpens')}</h2>
      <ul class="opens">
        {service.opens.map((id) => {
          const name = rules.services.find((s) => s.id === id)?.name ?? id;
          return <li key={id} dir="auto">{ruleUrl ? <ExternalLink url={ruleUrl(id)}>{name}</ExternalLink> : name}</li>;
        })}
      </ul>
    </>
  );
}

export function ServiceDetails({ service, rules, t, ruleUrl }: { service: PublishedService; rules: PublishedRules; t: Translate; ruleUrl?: (id: string) => string }) {
  return (
    <article aria-labelledby="service-name">
      <h1 id="service-name">{service.name}</h1>
      <p class="meta">{t('popupOwner', service.owner)}</p>
      <p dir="auto">{service.summary}</p>
      <OpensList service={service} rules={rules} t={t} ruleUrl={ruleUrl} />
      <h2>{t('popupConcerns')}</h2>
      <ul class="concerns">
        {service.concerns.map((concern) => (
          <li key={concern.claim} dir="auto">
            {concern.claim}
            <div class="meta">
              {concern.sources.map((source, i) => (
                <span key={source.url}>
                  {i > 0 ? ' · ' : ''}
                  <ExternalLink url={source.url}>{`${source.publisher}: ${source.title}`}</ExternalLink>
                  {`, ${source.date}`}
                </span>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <h2>{t('popupAlternatives')}</h2>
      <ul class="alternatives">
        {service.alternatives.map((id) => {
          const alt = rules.alternatives[id];
          if (!alt) return null;
          return (
            <li key={id} dir="auto">
              <ExternalLink url={alt.homepage}>{alt.name}</ExternalLink> — {alt.description}
              <div class="meta">{t('popupAlternativeMeta', [alt.license, alt.platforms.join(', ')])}</div>
            </li>
          );
        })}
      </ul>
      {service.howToLeave?.length ? (
        <>
          <h2>{t('popupHowToLeave')}</h2>
          <ul class="leave">
            {service.howToLeave.map((link) => (
              <li key={link.url} dir="auto">
                {`${t(LEAVE_KIND_KEYS[link.kind])}: `}
                <ExternalLink url={link.url}>{link.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p class="meta">{t('popupLastReviewed', service.lastReviewed)}</p>
    </article>
  );
}
