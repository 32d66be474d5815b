/** The database every extension page and the background read: fetched from the package, then unpacked. */
import { PACKED_RULES_FILE, unpackRules } from '../core/packed-rules.js';
import type { PublishedRules } from '../core/published-rules.js';

/** `url` defaults to the page-relative file; the background passes runtime.getURL's. */
export async function loadPackagedRules(url: string = PACKED_RULES_FILE): Promise<PublishedRules> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${PACKED_RULES_FILE}: ${response.status} ${response.statusText}`);
  return unpackRules(new Uint8Array(await response.arrayBuffer()));
}
