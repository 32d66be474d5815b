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
 *
 * A rule-wide exclusion (`/url`: that path on every host of the rule) gives
 * `*://*` followed by `/url`, `/url/*` and `/url?*` (host `*`, any host; the
 * whole patterns are spelled out in test/core/manifest.test.ts, as they
 * cannot be inside this comment). Host `*` is valid in both
 * browsers' match patterns ("just a wildcard *" in Chromium's match-pattern
 * docs, "Any host" in MDN's), and a content_scripts entry's exclude_matches
 * apply only to that entry's own matches, i.e. the rule's own hosts: exactly
 * the pages the matcher excludes, however many country domains a family
 * adds, with three patterns instead of three per host.
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
    // A rule-wide `/path` parses to host '' (every host of the entry).
    const { host, pathPrefix } = parseHostSpec(spec);
    const hosts = host === '' ? '*://*' : `*://*.${host}`;
    if (pathPrefix === '') patterns.add(`${hosts}/*`);
    else for (const tail of ['', '/*', '?*']) patterns.add(`${hosts}${pathPrefix}${tail}`);
  }
  return [...patterns].sort();
}
