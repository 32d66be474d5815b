/**
 * The catalogue index's search and category filter, as pure functions: which
 * services a query and a category keep, and the filter's state in the page's
 * URL. catalog-client.ts applies them to the page; esbuild bundles both into
 * the catalogue's catalog.js, so the tests check the very code that ships.
 * Nothing here may touch the DOM or the network.
 */

/** What the filter sees of one service: the words on its card and its concerns' categories. */
export interface FilterEntry {
  name: string;
  owner: string;
  summary: string;
  categories: readonly string[];
}

/** `category` is '' for all categories. */
export interface FilterState {
  query: string;
  category: string;
}

/**
 * Text in a comparable form: compatibility-decomposed so "é" and "ﬁ" become
 * "e" + accent and "fi", without the combining marks, in lower case. Someone
 * typing "cafe" finds "Café"; someone typing "CAFÉ" does too.
 */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Every word of the query must appear in the name, owner or summary, in any
 * order ("google mail" finds Gmail, run by Google), and the service must have a
 * concern of the category unless it is ''.
 */
export function entryMatches(entry: FilterEntry, state: FilterState): boolean {
  if (state.category !== '' && !entry.categories.includes(state.category)) return false;
  // A line break between the fields, so no word is found across two of them.
  const haystack = foldText([entry.name, entry.owner, entry.summary].join('\n'));
  return foldText(state.query)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/**
 * The state from a URL's query (`?q=…&category=…`). A category the page does
 * not offer (a typo, an old link, a category since removed) means all of them,
 * never an error or an empty list.
 */
export function readState(search: string, categories: readonly string[]): FilterState {
  const params = new URLSearchParams(search);
  const category = params.get('category') ?? '';
  return { query: params.get('q') ?? '', category: categories.includes(category) ? category : '' };
}

/** The URL query for a state: '' when nothing filters, so the plain address stays plain. */
export function writeState(state: FilterState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  if (state.category !== '') params.set('category', state.category);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function countText(shown: number, total: number): string {
  return `${shown} of ${total} ${total === 1 ? 'service' : 'services'}`;
}
