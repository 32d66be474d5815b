/**
 * The matcher: URL → the service it belongs to.
 *
 * Structure: one Map from host to the rule entries on that host (longest path
 * prefix first). A URL's host is looked up, then each parent domain in turn
 * (`a.b.skype.com`, `b.skype.com`, `skype.com`, `com`): at most one Map.get
 * per label, whatever the number of rules, so a verdict costs about as much as
 * a few Map lookups at 100 or 100,000 hosts. The most specific host wins.
 *
 * No public-suffix list is needed here: the build rejects any rule host that
 * is a public suffix (checked with tldts), so walking up to the top label
 * cannot match a look-alike such as `skype.com.example.org`.
 */
import { parseHostSpec, pathHasPrefix } from './host-spec.js';
import { urlHost, urlPath } from './url-host.js';

export interface MatchableService {
  id: string;
  hosts: readonly string[];
}

export type Verdict =
  | { kind: 'match'; serviceId: string; host: string }
  | { kind: 'none'; host: string | null }
  | { kind: 'invalid'; reason: string };

interface Entry {
  pathPrefix: string;
  serviceId: string;
}

export interface Matcher {
  match(url: string): Verdict;
}

export function createMatcher(services: readonly MatchableService[]): Matcher {
  const byHost = new Map<string, Entry[]>();
  for (const service of services) {
    for (const spec of service.hosts) {
      const { host, pathPrefix } = parseHostSpec(spec);
      const key = host.toLowerCase();
      const bucket = byHost.get(key);
      const entry = { pathPrefix, serviceId: service.id };
      if (bucket) {
        bucket.push(entry);
        bucket.sort((a, b) => b.pathPrefix.length - a.pathPrefix.length);
      } else {
        byHost.set(key, [entry]);
      }
    }
  }

  return {
    match(url: string): Verdict {
      const parsed = urlHost(url);
      if (parsed.kind === 'invalid') return parsed;
      if (parsed.kind === 'other') return { kind: 'none', host: null };
      let path: string | undefined;
      let candidate = parsed.host;
      for (;;) {
        const bucket = byHost.get(candidate);
        if (bucket !== undefined) {
          for (const entry of bucket) {
            if (entry.pathPrefix === '') return { kind: 'match', serviceId: entry.serviceId, host: parsed.host };
            path ??= urlPath(url);
            if (pathHasPrefix(path, entry.pathPrefix)) {
              return { kind: 'match', serviceId: entry.serviceId, host: parsed.host };
            }
          }
        }
        const dot = candidate.indexOf('.');
        if (dot < 0) return { kind: 'none', host: parsed.host };
        candidate = candidate.slice(dot + 1);
      }
    },
  };
}
