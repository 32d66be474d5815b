/** The match command's output: one JSON line per URL argument. */
import { createMatcher } from '../../src/core/matcher.js';
import type { ServiceRule } from '../../src/core/rule-types.js';

export interface VerdictLine {
  url: string;
  service: string | null;
  name: string | null;
  error?: string;
}

export function verdictLines(services: readonly Pick<ServiceRule, 'id' | 'name' | 'hosts'>[], urls: readonly string[]): string[] {
  const matcher = createMatcher(services);
  const names = new Map(services.map((s) => [s.id, s.name]));
  return urls.map((url) => {
    const verdict = matcher.match(url);
    const line: VerdictLine = { url, service: null, name: null };
    if (verdict.kind === 'match') {
      line.service = verdict.serviceId;
      line.name = names.get(verdict.serviceId) ?? null;
    } else if (verdict.kind === 'invalid') {
      line.error = verdict.reason;
    }
    return JSON.stringify(line);
  });
}
