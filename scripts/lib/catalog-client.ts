/**
 * The catalogue index's one script (shipped as catalog.js): reveals the search
 * box and category filter that index.html renders `hidden`, so a reader
 * without JavaScript sees the full list and no dead controls. Reads the
 * services from the page itself and keeps the choice in the URL's query, so a
 * filtered view survives a reload and can be linked. No network, no storage.
 */
import { countText, entryMatches, readState, writeState, type FilterEntry, type FilterState } from './catalog-filter.js';

function entryOf(section: HTMLElement): FilterEntry {
  const words = (selector: string) => section.querySelector(selector)?.textContent ?? '';
  return {
    name: words('h3'),
    // The owner's own <bdi>, without the "Run by" around it.
    owner: words('.owner bdi'),
    summary: words('.summary'),
    categories: (section.dataset.categories ?? '').split(' ').filter(Boolean),
  };
}

function start(): void {
  const controls = document.getElementById('filter');
  const query = document.getElementById('filter-query');
  const category = document.getElementById('filter-category');
  const count = document.getElementById('filter-count');
  const none = document.getElementById('filter-none');
  if (!controls || !(query instanceof HTMLInputElement) || !(category instanceof HTMLSelectElement) || !count || !none) return;

  const sections = [...document.querySelectorAll<HTMLElement>('section.service')];
  const entries = sections.map(entryOf);
  const offered = [...category.options].map((option) => option.value).filter(Boolean);

  const apply = (state: FilterState) => {
    let shown = 0;
    entries.forEach((entry, i) => {
      const visible = entryMatches(entry, state);
      sections[i]!.hidden = !visible;
      if (visible) shown += 1;
    });
    count.textContent = countText(shown, entries.length);
    none.hidden = shown > 0;
    const search = writeState(state);
    if (search === location.search) return;
    // replaceState, not pushState: one history entry per visit, not per keystroke.
    // Some browsers refuse to rewrite a file: URL; the filter still works there.
    try {
      history.replaceState(history.state, '', `${search || location.pathname}${location.hash}`);
    } catch {
      /* the URL just does not follow */
    }
  };

  const initial = readState(location.search, offered);
  query.value = initial.query;
  category.value = initial.category;
  controls.hidden = false;
  apply(initial);
  // One listener for both controls: a <select> fires `input` too.
  controls.addEventListener('input', () => apply({ query: query.value, category: category.value }));
}

start();
