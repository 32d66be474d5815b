/** The popup's view of one listed service: its concerns with sources and dates, then the alternatives. */
import type { PublishedRules, PublishedService } from '../core/published-rules.js';
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

export function ServiceDetails({ service, rules, t }: { service: PublishedService; rules: PublishedRules; t: Translate }) {
  return (
    <article aria-labelledby="service-name">
      <h1 id="service-name">{service.name}</h1>
      <p class="meta">{t('popupOwner', service.owner)}</p>
      <p dir="auto">{service.summary}</p>
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
      <p class="meta">{t('popupLastReviewed', service.lastReviewed)}</p>
    </article>
  );
}
