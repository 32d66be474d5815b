/** The database every extension page and the background read: fetched from the package, then unpacked. */
import { PACKED_RULES_FILE, unpackRules } from '../core/packed-rules.js';
import type { PublishedRules } from '../core/published-rules.js';

/** The shipped copy's bytes; `url` defaults to the page-relative file, the background passes runtime.getURL's. */
export async function fetchPackedRules(url: string = PACKED_RULES_FILE): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${PACKED_RULES_FILE}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadPackagedRules(url?: string): Promise<PublishedRules> {
  return unpackRules(await fetchPackedRules(url));
}
