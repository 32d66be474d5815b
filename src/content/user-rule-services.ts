/**
 * The user's own rules as warning data, for pages where the browser runs the
 * content script because of a rule the user added (a dynamic registration).
 * Alternatives' names and links come from the background, which has the
 * packaged database; only for a rule that matches the page.
 */
import { createMatcher } from '../core/matcher.js';
import type { AlternativeInfo } from '../core/messages.js';
import type { WarningData } from '../core/published-rules.js';
import type { UserRule } from '../core/settings.js';

export async function userRuleServices(
  rules: readonly UserRule[],
  url: string,
  describe: (rule: UserRule) => string,
  alternativesInfo: (ids: string[]) => Promise<AlternativeInfo[]>,
): Promise<WarningData[]> {
  const verdict = createMatcher(rules.map((r) => ({ id: r.id, hosts: [r.host] }))).match(url);
  const rule = verdict.kind === 'match' ? rules.find((r) => r.id === verdict.serviceId) : undefined;
  if (!rule) return [];
  const alternatives = rule.alternatives.length ? await alternativesInfo(rule.alternatives).catch(() => []) : [];
  return [{ id: rule.id, name: rule.name, summary: describe(rule), hosts: [rule.host], categories: [], alternatives: alternatives.slice(0, 3) }];
}
