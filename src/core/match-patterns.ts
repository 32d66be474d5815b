/**
 * Rule hosts → content-script match patterns. A host covers its subdomains,
 * so `skype.com` gives `*://*.skype.com/*`, which in both browsers also
 * matches `skype.com` itself. Path prefixes are not put in the pattern: a
 * single-page app can move between paths without a new page load, so the
 * content script decides on the path itself.
 */
import { parseHostSpec } from './host-spec.js';

export function matchPatterns(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const spec of hosts) patterns.add(`*://*.${parseHostSpec(spec).host}/*`);
  return [...patterns].sort();
}
