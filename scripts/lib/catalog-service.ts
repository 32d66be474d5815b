/** One catalogue page per service: its concerns with every source, its alternatives, and how to leave it. */
import type { PublishedAlternative, PublishedRules, PublishedService } from '../../src/core/published-rules.js';
import { categoryName, kindName, leaveKindName, platformName } from '../../src/core/labels.js';
import type { Concern, LeaveLink, Source } from '../../src/core/rule-types.js';
import type { Translate } from '../../src/core/translate.js';
import { checkedId, escapeHtml, externalLink, page, text, textList, titleText } from './catalog-html.js';

function sourceItem(source: Source): string {
  const quote = source.quote ? `<blockquote class="quote" cite="${escapeHtml(source.url)}">${text(source.quote)}</blockquote>` : '';
  const note = source.note ? ` <span class="note">${text(source.note)}</span>` : '';
  return `<li><span class="publisher">${text(source.publisher)}</span>: ${externalLink(source.url, text(source.title))}, <span class="date">${text(source.date)}</span>.${quote}${note}</li>`;
}

/** A category's name in people's words, linked to its meaning on the index. */
export function categoryTag(category: string, rules: PublishedRules, t: Translate, root: string): string {
  const meaning = Object.prototype.hasOwnProperty.call(rules.categories, category) ? (rules.categories as Record<string, string>)[category] : undefined;
  const name = text(categoryName(t, category));
  return meaning === undefined
    ? `<span class="category">${name}</span>`
    : `<a class="category" href="${root}index.html#category_${escapeHtml(category)}" title="${escapeHtml(meaning)}">${name}</a>`;
}

function concernItem(concern: Concern, rules: PublishedRules, t: Translate, root: string): string {
  const category = categoryTag(concern.category, rules, t, root);
  return `<li class="concern">
<p>${category}</p>
<p class="claim">${text(concern.claim)}</p>
<ul class="sources">${concern.sources.map(sourceItem).join('')}</ul>
</li>`;
}

/** An alternative's description, licence, kinds, platforms and links; shared with alternatives.html. */
export function alternativeDetails(alt: PublishedAlternative, t: Translate): string {
  return `<p class="description">${text(alt.description)}</p>
<dl class="facts">
<dt>Licence</dt><dd>${text(alt.license)}</dd>
<dt>How to use it</dt><dd>${textList(alt.kind.map((k) => kindName(t, k)))}</dd>
<dt>Platforms</dt><dd>${textList(alt.platforms.map((p) => platformName(t, p)))}</dd>
</dl>
<p class="links">${externalLink(alt.homepage, 'Homepage')} · ${externalLink(alt.repository, 'Source code')}</p>`;
}

function alternativeItem(id: string, rules: PublishedRules, t: Translate): string {
  const alt = rules.alternatives[id];
  if (alt === undefined) return `<li class="alternative"><h3>${text(id)}</h3></li>`;
  return `<li class="alternative">
<h3>${externalLink(alt.homepage, text(alt.name))}</h3>
${alternativeDetails(alt, t)}
</li>`;
}

function leaveSection(links: readonly LeaveLink[] | undefined, t: Translate): string {
  if (!links || links.length === 0) return '';
  const items = links.map((link) => `<li><span class="leave-kind">${text(leaveKindName(t, link.kind))}</span>: ${externalLink(link.url, text(link.title))}</li>`);
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

export function renderServicePage(service: PublishedService, rules: PublishedRules, t: Translate): string {
  const root = '../';
  const body = `<article class="service-page">
<h1>${text(service.name)}</h1>
<p class="owner">Run by ${text(service.owner)} · at ${reachText(service, rules)}</p>
<p class="summary">${text(service.summary)}</p>
${opensSection(service, rules)}
<section>
<h2>Concerns</h2>
<ol class="concerns">${service.concerns.map((c) => concernItem(c, rules, t, root)).join('\n')}</ol>
</section>
<section>
<h2>Free-software alternatives</h2>
<ul class="alternatives">${service.alternatives.map((id) => alternativeItem(checkedId(id), rules, t)).join('\n')}</ul>
</section>
${leaveSection(service.howToLeave, t)}
<p class="reviewed">Last reviewed: ${text(service.lastReviewed)}</p>
</article>`;
  return page({ title: `${titleText(service.name)} — Forewarn catalogue`, root, generated: rules.generated, body });
}
