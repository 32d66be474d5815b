/**
 * Every source of one claim: publisher, title (the link), date, and, when the
 * rule has it, the source's own words as a quote, so a reader can check the
 * claim without leaving the page. Shared by the popup and the details page.
 */
import type { Source } from '../core/rule-types.js';
import type { Translate } from '../core/translate.js';
import { ExternalLink } from './ExternalLink.js';

export function SourceList({ sources, t }: { sources: readonly Source[]; t: Translate }) {
  return (
    <ul class="sources">
      {sources.map((source) => (
        <li key={source.url} dir="auto">
          <span class="publisher">{source.publisher}</span>
          {': '}
          <ExternalLink url={source.url}>{source.title}</ExternalLink>
          {', '}
          <span class="date">{source.date}</span>
          {source.quote && (
            <blockquote class="quote" dir="auto" cite={source.url}>
              {source.quote}
            </blockquote>
          )}
          {source.note && <p class="note">{t('detailsCopyNote', source.note)}</p>}
        </li>
      ))}
    </ul>
  );
}
