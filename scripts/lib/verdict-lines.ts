/** The match command's output: one JSON line per URL argument. */
import { familyDomains, matchableService } from '../../src/core/host-families.js';
import { createMatcher } from '../../src/core/matcher.js';
import type { HostFamily, ServiceRule } from '../../src/core/rule-types.js';

export interface VerdictLine {
  url: string;
  service: string | null;
  name: string | null;
  error?: string;
  /** The rule whose exclusion took this URL away (a page of its provider that is not the service). */
  excludedFrom?: string;
}

export function verdictLines(
  services: readonly Pick<ServiceRule, 'id' | 'name' | 'hosts' | 'families' | 'exclude'>[],
  urls: readonly string[],
  families: readonly HostFamily[] = [],
): string[] {
  const domains = familyDomains(families);
  const matcher = createMatcher(services.map((s) => matchableService(s, domains)));
  const names = new Map(services.map((s) => [s.id, s.name]));
  return urls.map((url) => {
    const verdict = matcher.match(url);
    const line: VerdictLine = { url, service: null, name: null };
    if (verdict.kind === 'match') {
      line.service = verdict.serviceId;
      line.name = names.get(verdict.serviceId) ?? null;
    } else if (verdict.kind === 'invalid') {
      line.error = verdict.reason;
    } else if (verdict.excludedFrom !== undefined) {
      line.excludedFrom = verdict.excludedFrom;
    }
    return JSON.stringify(line);
  });
}
