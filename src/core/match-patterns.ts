/**
 * Rule hosts → content-script match patterns. A host covers its subdomains,
 * so `skype.com` gives `*://*.skype.com/*`, which in both browsers also
 * matches `skype.com` itself. Path prefixes are not put in the pattern: a
 * single-page app can move between paths without a new page load, so the
 * content script decides on the path itself.
 *
 * Exclusions become `exclude_matches`, and there the path does count: a
 * pattern's path is matched against the URL's path and query, so `/chat`
 * needs `/chat`, `/chat/*` and `/chat?*` to cover exactly what the matcher's
 * path prefix covers (`/chat`, `/chat/…`, never `/chatter`). An exclusion
 * pattern never covers more than the matcher excludes; where it covers less
 * (an SPA moving into an excluded path), the content script decides.
 */
import { parseHostSpec } from './host-spec.js';

export function matchPatterns(hosts: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const spec of hosts) patterns.add(`*://*.${parseHostSpec(spec).host}/*`);
  return [...patterns].sort();
}

export function excludePatterns(exclude: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const spec of exclude) {
    const { host, pathPrefix } = parseHostSpec(spec);
    if (pathPrefix === '') patterns.add(`*://*.${host}/*`);
    else for (const tail of ['', '/*', '?*']) patterns.add(`*://*.${host}${pathPrefix}${tail}`);
  }
  return [...patterns].sort();
}
