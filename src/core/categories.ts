/**
 * The fixed list of concern category ids. Their one-line meanings live in
 * category-meanings.ts, so the content script (which needs only the ids, to
 * honour the user's category choices) does not carry the sentences. Adding a
 * category is an edit here and one there; the type checker insists on both.
 */
export const CATEGORY_IDS = [
  'government-access',
  'server-side-content',
  'no-end-to-end-encryption',
  'content-scanning',
  'advertising-profile',
  'data-breach',
  'jurisdiction',
  'central-control',
  'model-training',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(CATEGORY_IDS);

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && KNOWN.has(value);
}
