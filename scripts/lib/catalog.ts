/**
 * The static catalogue (dist/catalog/): the rule database as plain HTML
 * pages, readable without JavaScript and linkable per service —
 * index.html (every service, by name, with an anchor each, and the concern
 * categories), services/<id>.html, alternatives.html, catalog.css, and
 * catalog.js, the index's optional search and category filter.
 * A pure function of the published rules, so tests need no build.
 */
import { categoryName } from '../../src/core/labels.js';
import type { PublishedAlternative, PublishedRules, PublishedService } from '../../src/core/published-rules.js';
import type { Translate } from '../../src/core/translate.js';
import { checkedId, escapeHtml, externalLink, page, text } from './catalog-html.js';
import { catalogScript } from './catalog-script.js';
import { alternativeDetails, categoryTag, renderServicePage } from './catalog-service.js';
import { CATALOG_CSS } from './catalog-style.js';
import { localeTranslator } from './locale-messages.js';

const byName = <T extends { id: string; name: string }>(a: T, b: T) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

function serviceSection(service: PublishedService, rules: PublishedRules, t: Translate): string {
  const id = checkedId(service.id);
  const categories = [...new Set(service.concerns.map((c) => c.category))];
  const count = service.concerns.length;
  // The categories' ids, for catalog.js's category filter.
  return `<section class="service" id="${id}" data-categories="${escapeHtml(categories.join(' '))}">
<h3><a href="services/${id}.html">${text(service.name)}</a></h3>
<p class="owner">Run by ${text(service.owner)}</p>
<p class="summary">${text(service.summary)}</p>
<p class="meta">${count} ${count === 1 ? 'concern' : 'concerns'}: ${categories.map((c) => categoryTag(c, rules, t, '')).join(' ')}</p>
<p class="meta reviewed">Last reviewed: ${text(service.lastReviewed)}</p>
</section>`;
}

function categoryList(rules: PublishedRules, t: Translate): string {
  const rows = Object.entries(rules.categories).map(
    ([id, meaning]) => `<dt id="category_${escapeHtml(id)}"><span class="category">${text(categoryName(t, id))}</span></dt><dd>${text(meaning)}</dd>`,
  );
  return `<dl class="categories">${rows.join('\n')}</dl>`;
}

/**
 * The search box and category filter. Rendered `hidden`: only catalog.js
 * reveals them, so without JavaScript the page shows the full list and no
 * control that does nothing. The count and the "nothing matches" line sit in
 * one polite live region, so a screen reader hears how many services remain.
 */
function filterControls(rules: PublishedRules, t: Translate): string {
  const options = Object.keys(rules.categories).map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(categoryName(t, id))}</option>`);
  return `<div class="filter" id="filter" role="search" hidden>
<p><label for="filter-query">Search by name, owner or summary</label>
<input type="search" id="filter-query" autocomplete="off" spellcheck="false"></p>
<p><label for="filter-category">Concern category</label>
<select id="filter-category"><option value="">All categories</option>${options.join('')}</select></p>
<div role="status" aria-live="polite">
<p class="meta" id="filter-count"></p>
<p class="filter-none" id="filter-none" hidden>No service matches. Try fewer or other words, or all categories.</p>
</div>
</div>`;
}

function renderIndex(rules: PublishedRules, t: Translate): string {
  const services = [...rules.services].sort(byName);
  const body = `<h1>Services Forewarn warns about</h1>
<p class="intro">Forewarn is a browser extension that warns when you open a service that keeps your private
messages in a form its provider can read and hands them over on request. This catalogue lists every
service in its rule database: each concern with its sources, free-software alternatives, and the
provider's own pages for leaving. ${services.length} services, by name; see also
<a href="alternatives.html">all alternatives</a>.</p>
<h2>Services</h2>
${filterControls(rules, t)}
${services.map((s) => serviceSection(s, rules, t)).join('\n')}
<h2>Concern categories</h2>
<p>Every concern falls in one of these categories:</p>
${categoryList(rules, t)}`;
  return page({ title: 'Forewarn catalogue: services and their alternatives', root: '', generated: rules.generated, body, script: 'catalog.js' });
}

function alternativeSection(alt: PublishedAlternative, usedBy: readonly PublishedService[], t: Translate): string {
  const instead = usedBy.map((s) => `<a href="services/${checkedId(s.id)}.html">${text(s.name)}</a>`).join(', ');
  return `<section class="alternative" id="${checkedId(alt.id)}">
<h2>${externalLink(alt.homepage, text(alt.name))}</h2>
${alternativeDetails(alt, t)}
${instead ? `<p class="meta">Instead of ${instead}</p>` : ''}
</section>`;
}

function renderAlternatives(rules: PublishedRules, t: Translate): string {
  const alternatives = Object.values(rules.alternatives).sort(byName);
  const services = [...rules.services].sort(byName);
  const body = `<h1>Free-software alternatives</h1>
<p class="intro">Every alternative the rules name, by name, with the services it can replace.</p>
${alternatives.map((alt) => alternativeSection(alt, services.filter((s) => s.alternatives.includes(alt.id)), t)).join('\n')}`;
  return page({ title: 'Free-software alternatives — Forewarn catalogue', root: '', generated: rules.generated, body });
}

/**
 * Every file of the catalogue, by path relative to the catalogue's folder.
 * Labels (categories, kinds, platforms) are the extension's English words.
 */
export function renderCatalog(rules: PublishedRules, t: Translate = localeTranslator(process.cwd(), 'en')): Map<string, string> {
  const files = new Map<string, string>([
    ['index.html', renderIndex(rules, t)],
    ['alternatives.html', renderAlternatives(rules, t)],
    ['catalog.css', CATALOG_CSS],
    ['catalog.js', catalogScript()],
  ]);
  for (const service of rules.services) files.set(`services/${checkedId(service.id)}.html`, renderServicePage(service, rules, t));
  return files;
}
