/** "How to leave": the provider's own export and delete pages, shown by the popup and the details page alike. */
import type { ComponentChildren } from 'preact';
import { leaveKindName } from '../core/labels.js';
import type { PublishedService } from '../core/published-rules.js';
import type { Translate } from '../core/translate.js';
import { ExternalLink } from './ExternalLink.js';

export function LeaveSection({ service, t, intro }: { service: PublishedService; t: Translate; intro?: ComponentChildren }) {
  if (!service.howToLeave?.length) return null;
  return (
    <section aria-labelledby="leave-heading">
      <h2 id="leave-heading">{t('popupHowToLeave')}</h2>
      {intro}
      <ul class="leave">
        {service.howToLeave.map((link) => (
          <li key={link.url} dir="auto">
            {`${leaveKindName(t, link.kind)}: `}
            <ExternalLink url={link.url}>{link.title}</ExternalLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
