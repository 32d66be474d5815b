/**
 * The popup's view of one listed service, ordered by what the user can do:
 * the verdict, the alternatives, the user's choices (passed in), how to leave,
 * and only then the evidence, each concern collapsed to its claim with its
 * sources one click away.
 */
import type { ComponentChildren } from 'preact';
import { categoryName } from '../core/labels.js';
import type { PublishedRules, PublishedService } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { ExternalLink } from '../ui/ExternalLink.js';
import { SourceList } from '../ui/SourceList.js';
import { LeaveSection } from '../ui/LeaveSection.js';

/** An account rule's services, each opening its own details page. */
function OpensList({ service, rules, t }: { service: PublishedService; rules: PublishedRules; t: Translate }) {
  if (!service.opens?.length) return null;
  return (
    <section aria-labelledby="opens-heading">
      <h2 id="opens-heading">{t('popupAccountOpens')}</h2>
      <ul class="opens">
        {service.opens.map((id) => (
          <li key={id} dir="auto">
            <a href={`details.html#${encodeURIComponent(id)}`} target="_blank" rel="noopener">
              {rules.services.find((s) => s.id === id)?.name ?? id}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many alternatives the popup's first screen shows; the rest, and each one's kinds and platforms, are one click away. */
export const POPUP_ALTERNATIVES = 3;

function AlternativeItem({ id, rules, t }: { id: string; rules: PublishedRules; t: Translate }) {
  const alt = rules.alternatives[id];
  if (!alt) return null;
  return (
    <li dir="auto">
      <ExternalLink url={alt.homepage} class="alt-name">
        {alt.name}
      </ExternalLink>{' '}
      <span class="meta">{alt.license}</span>
      <div class="alt-description" title={alt.description}>
        {alt.description}
      </div>
    </li>
  );
}

export function ServiceDetails({ service, rules, t, choices }: { service: PublishedService; rules: PublishedRules; t: Translate; choices?: ComponentChildren }) {
  const first = service.alternatives.slice(0, POPUP_ALTERNATIVES);
  const more = service.alternatives.slice(POPUP_ALTERNATIVES);
  return (
    <article aria-labelledby="service-name">
      <div class="verdict">
        <h1 id="service-name">{service.name}</h1>
        <p class="owner">{t('popupOwner', service.owner)}</p>
        <p class="summary" dir="auto" lang="en">
          {service.summary}
        </p>
      </div>
      <OpensList service={service} rules={rules} t={t} />
      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading">{t('popupAlternatives')}</h2>
        <ul class="alternatives">
          {first.map((id) => (
            <AlternativeItem key={id} id={id} rules={rules} t={t} />
          ))}
        </ul>
        {more.length > 0 && (
          <details class="more-alternatives">
            <summary>{t('popupMoreAlternatives', String(more.length))}</summary>
            <ul class="alternatives">
              {more.map((id) => (
                <AlternativeItem key={id} id={id} rules={rules} t={t} />
              ))}
            </ul>
          </details>
        )}
      </section>
      {choices}
      <LeaveSection service={service} t={t} />
      <section aria-labelledby="concerns-heading">
        <h2 id="concerns-heading">{t('popupConcerns')}</h2>
        <ul class="concerns" lang="en">
          {service.concerns.map((concern) => (
            <li key={concern.claim} dir="auto">
              <details>
                <summary>
                  <span class="claim">{concern.claim}</span>{' '}
                  <span class="tag">{categoryName(t, concern.category)}</span>
                </summary>
                <SourceList sources={concern.sources} t={t} />
              </details>
            </li>
          ))}
        </ul>
        <p class="meta">{t('popupLastReviewed', service.lastReviewed)}</p>
      </section>
    </article>
  );
}
