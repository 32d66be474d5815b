/**
 * The match command's output: one JSON line per URL argument, in order.
 * `url` echoes the argument exactly as given, so lines pair with arguments;
 * surrounding whitespace (a shell quote, a copied line) is trimmed before
 * matching, and then `matched` says which URL was looked up.
 */
import { createMatcher } from '../../src/core/matcher.js';
import type { ServiceRule } from '../../src/core/rule-types.js';

export interface VerdictLine {
  url: string;
  /** The trimmed URL that was matched, when it differs from `url`. */
  matched?: string;
  service: string | null;
  name: string | null;
  error?: string;
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

export function verdictLines(services: readonly Pick<ServiceRule, 'id' | 'name' | 'hosts'>[], urls: readonly string[]): string[] {
  const matcher = createMatcher(services);
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
    }
    return JSON.stringify(line);
  });
}
