/**
 * The extension's own page for a service's full details (details.html#<id>),
 * rendered from the rules.json the extension ships: every concern with every
 * source and its quote, the alternatives, how to leave, the review date.
 * Without an id it lists what Forewarn covers.
 */
import { categoryName } from '../core/labels.js';
import type { PublishedRules, PublishedService } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { alternativeFacts } from '../ui/alternative-facts.js';
import { ExternalLink } from '../ui/ExternalLink.js';
import { SourceList } from '../ui/SourceList.js';
import { CATEGORY_LABEL_KEYS } from '../options/category-labels.js';
import { LeaveSection } from '../ui/LeaveSection.js';

export interface DetailsProps {
  rules: PublishedRules;
  /** The service id from the page's address; '' for the list of services. */
  serviceId: string;
  t: Translate;
  /** Where the service's public rule file is (with the reviewers' notes on each source); none in tests that do not care. */
  ruleFileUrl?: (id: string) => string;
}

function ServicePage({ service, rules, t, ruleFileUrl }: { service: PublishedService; rules: PublishedRules; t: Translate; ruleFileUrl?: (id: string) => string }) {
  return (
    <article aria-labelledby="service-name">
      <h1 id="service-name">{service.name}</h1>
      <p class="owner">{t('popupOwner', service.owner)}</p>
      <p class="summary" dir="auto" lang="en">
        {service.summary}
      </p>
      <section aria-labelledby="alternatives-heading">
        <h2 id="alternatives-heading">{t('popupAlternatives')}</h2>
        <ul class="alternatives">
          {service.alternatives.map((id) => {
            const alt = rules.alternatives[id];
            if (!alt) return null;
            return (
              <li key={id} dir="auto">
                <h3>
                  <ExternalLink url={alt.homepage}>{alt.name}</ExternalLink>
                </h3>
                <p>{alt.description}</p>
                <p class="meta">{alternativeFacts(alt, t)}</p>
                <p class="meta">
                  <ExternalLink url={alt.homepage}>{t('detailsHomepage')}</ExternalLink>
                  {' · '}
                  <ExternalLink url={alt.repository}>{t('detailsSourceCode')}</ExternalLink>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
      <LeaveSection service={service} t={t} intro={<p>{t('detailsHowToLeaveIntro')}</p>} />
      <section aria-labelledby="concerns-heading">
        <h2 id="concerns-heading">{t('popupConcerns')}</h2>
        <ol class="concerns" lang="en">
          {service.concerns.map((concern) => (
            <li key={concern.claim} dir="auto">
              <p class="tag-line">
                <span class="tag" title={CATEGORY_LABEL_KEYS[concern.category] ? t(CATEGORY_LABEL_KEYS[concern.category]) : undefined}>
                  {categoryName(t, concern.category)}
                </span>
              </p>
              <p class="claim">{concern.claim}</p>
              <SourceList sources={concern.sources} t={t} />
            </li>
          ))}
        </ol>
      </section>
      <p class="meta reviewed">{t('popupLastReviewed', service.lastReviewed)}</p>
      {ruleFileUrl && (
        <p class="meta record">
          {t('detailsRuleFile')} <ExternalLink url={ruleFileUrl(service.id)}>{`rules/${service.id}.json`}</ExternalLink>
        </p>
      )}
    </article>
  );
}

function CoverList({ rules, t }: { rules: PublishedRules; t: Translate }) {
  const services = [...rules.services].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="cover-heading">
      <h1 id="cover-heading">{t('detailsCoverTitle')}</h1>
      <p>{t('detailsCoverIntro', String(services.length))}</p>
      <ul class="cover">
        {services.map((s) => (
          <li key={s.id}>
            <a href={`#${encodeURIComponent(s.id)}`}>{s.name}</a> <span class="meta">{s.owner}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DetailsApp({ rules, serviceId, t, ruleFileUrl }: DetailsProps) {
  const service = serviceId ? rules.services.find((s) => s.id === serviceId) : undefined;
  return (
    <>
      <header class="site">
        <span class="brand">{t('extensionName')}</span>
        <nav>{serviceId && <a href="#">{t('detailsAllServices')}</a>}</nav>
      </header>
      <main>
        {service ? (
          <ServicePage service={service} rules={rules} t={t} ruleFileUrl={ruleFileUrl} />
        ) : (
          <>
            {serviceId && (
              <p class="error" role="alert">
                {t('detailsNotFound', serviceId)}
              </p>
            )}
            <CoverList rules={rules} t={t} />
          </>
        )}
      </main>
    </>
  );
}
