/** One catalogue page per service: its concerns with every source, its alternatives, and how to leave it. */
import type { PublishedAlternative, PublishedRules, PublishedService } from '../../src/core/published-rules.js';
import type { Concern, LeaveLink, Source } from '../../src/core/rule-types.js';
import { checkedId, escapeHtml, externalLink, page, text, textList, titleText } from './catalog-html.js';

const LEAVE_KINDS: Record<LeaveLink['kind'], string> = { export: 'Export your data', delete: 'Delete your account', other: 'See also' };

function sourceItem(source: Source): string {
  const note = source.note ? ` <span class="note">${text(source.note)}</span>` : '';
  return `<li><span class="publisher">${text(source.publisher)}</span>: ${externalLink(source.url, text(source.title))}, <span class="date">${text(source.date)}</span>.${note}</li>`;
}

function concernItem(concern: Concern, rules: PublishedRules, root: string): string {
  const meaning = (rules.categories as Record<string, string>)[concern.category];
  const category = meaning === undefined
    ? `<span class="category">${text(concern.category)}</span>`
    : `<a class="category" href="${root}index.html#category_${escapeHtml(concern.category)}" title="${escapeHtml(meaning)}">${text(concern.category)}</a>`;
  return `<li class="concern">
<p>${category}</p>
<p class="claim">${text(concern.claim)}</p>
<ul class="sources">${concern.sources.map(sourceItem).join('')}</ul>
</li>`;
}

/** An alternative's description, licence, kinds, platforms and links; shared with alternatives.html. */
export function alternativeDetails(alt: PublishedAlternative): string {
  return `<p class="description">${text(alt.description)}</p>
<dl class="facts">
<dt>Licence</dt><dd>${text(alt.license)}</dd>
<dt>Kind</dt><dd>${textList(alt.kind)}</dd>
<dt>Platforms</dt><dd>${textList(alt.platforms)}</dd>
</dl>
<p class="links">${externalLink(alt.homepage, 'Homepage')} · ${externalLink(alt.repository, 'Source code')}</p>`;
}

function alternativeItem(id: string, rules: PublishedRules): string {
  const alt = rules.alternatives[id];
  if (alt === undefined) return `<li class="alternative"><h3>${text(id)}</h3></li>`;
  return `<li class="alternative">
<h3>${externalLink(alt.homepage, text(alt.name))}</h3>
${alternativeDetails(alt)}
</li>`;
}

function leaveSection(links: readonly LeaveLink[] | undefined): string {
  if (!links || links.length === 0) return '';
  const items = links.map((link) => `<li><span class="leave-kind">${escapeHtml(LEAVE_KINDS[link.kind] ?? 'See also')}</span>: ${externalLink(link.url, text(link.title))}</li>`);
  return `<section class="leave">
<h2>How to leave</h2>
<p>The provider's own help pages:</p>
<ul>${items.join('')}</ul>
</section>`;
}

/** An account rule's services, each linked to its own page (pages sit side by side in services/). */
function opensSection(service: PublishedService, rules: PublishedRules): string {
  if (!service.opens?.length) return '';
  const items = service.opens.map((id) => {
    const opened = rules.services.find((s) => s.id === id);
    return `<li><a href="${escapeHtml(checkedId(id))}.html">${text(opened?.name ?? id)}</a></li>`;
  });
  return `<section>
<h2>This account opens</h2>
<ul class="opens">${items.join('')}</ul>
</section>`;
}

/** Hosts, then each family as its name and size, so a page does not list 190 domains. */
function reachText(service: PublishedService, rules: PublishedRules): string {
  const families = (service.families ?? []).map((use) => {
    const family = rules.families[use.family];
    const where = `${use.subdomain ? `${use.subdomain}.` : ''}…${use.path ?? ''}`;
    return `${family?.name ?? use.family} (${family?.domains.length ?? 0} domains, as ${where})`;
  });
  return textList([...service.hosts, ...families]);
}

export function renderServicePage(service: PublishedService, rules: PublishedRules): string {
  const root = '../';
  const body = `<article class="service-page">
<h1>${text(service.name)}</h1>
<p class="owner">Run by ${text(service.owner)} · at ${reachText(service, rules)}</p>
<p class="summary">${text(service.summary)}</p>
${opensSection(service, rules)}
<section>
<h2>Concerns</h2>
<ol class="concerns">${service.concerns.map((c) => concernItem(c, rules, root)).join('\n')}</ol>
</section>
<section>
<h2>Free-software alternatives</h2>
<ul class="alternatives">${service.alternatives.map((id) => alternativeItem(checkedId(id), rules)).join('\n')}</ul>
</section>
${leaveSection(service.howToLeave)}
<p class="reviewed">Last reviewed: ${text(service.lastReviewed)}</p>
</article>`;
  return page({ title: `${titleText(service.name)} — Forewarn catalogue`, root, generated: rules.generated, body });
}
