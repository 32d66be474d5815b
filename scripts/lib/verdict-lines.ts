/**
 * The match command's output: one JSON line per URL argument, in order.
 * `url` echoes the argument exactly as given, so lines pair with arguments;
 * surrounding whitespace (a shell quote, a copied line) is trimmed before
 * matching, and then `matched` says which URL was looked up.
 */
import { familyDomains, matchableService } from '../../src/core/host-families.js';
import { createMatcher } from '../../src/core/matcher.js';
import type { HostFamily, ServiceRule } from '../../src/core/rule-types.js';

export interface VerdictLine {
  url: string;
  /** The trimmed URL that was matched, when it differs from `url`. */
  matched?: string;
  service: string | null;
  name: string | null;
  error?: string;
  /** The rule whose exclusion took this URL away (a page of its provider that is not the service). */
  excludedFrom?: string;
}

/** Why a URL that parses is never matched: the extension only runs on web pages. */
function schemeReason(url: string): string | null {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  return protocol === 'http:' || protocol === 'https:' ? null : `only http and https pages are matched, not "${protocol}" addresses`;
}

export function verdictLines(
  services: readonly Pick<ServiceRule, 'id' | 'name' | 'hosts' | 'families' | 'exclude'>[],
  urls: readonly string[],
  families: readonly HostFamily[] = [],
): string[] {
  const domains = familyDomains(families);
  const matcher = createMatcher(services.map((s) => matchableService(s, domains)));
  const names = new Map(services.map((s) => [s.id, s.name]));
  return urls.map((input) => {
    const url = input.trim();
    const line: VerdictLine = url === input ? { url: input, service: null, name: null } : { url: input, matched: url, service: null, name: null };
    const verdict = matcher.match(url);
    if (verdict.kind === 'match') {
      line.service = verdict.serviceId;
      line.name = names.get(verdict.serviceId) ?? null;
    } else if (verdict.kind === 'invalid') {
      line.error = verdict.reason;
    } else {
      const reason = schemeReason(url);
      if (reason) line.error = reason;
      else if (verdict.excludedFrom !== undefined) line.excludedFrom = verdict.excludedFrom;
    }
    return JSON.stringify(line);
  });
}
