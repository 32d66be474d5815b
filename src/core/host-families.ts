/**
 * Host families: a shared list of one provider's domains (its ~190 country
 * domains, say) that rules name instead of copying every host. Expansion is
 * plain and happens once, at build and check time: each domain `d` of the
 * family becomes the host spec `subdomain.d/path`. Everything downstream (the
 * matcher, the manifests' match patterns, each service's stored
 * note) sees ordinary host specs, so no reader needs to know about families
 * except to list them. A rule-wide exclusion (`/url`) is left as it is: the
 * matcher puts it on each expanded host when it builds its table, and the
 * manifest writes it once for any host of the rule's entry, so it never turns
 * into one exclusion per country domain.
 */
import type { FamilyHosts, HostFamily } from './rule-types.js';

export type FamilyDomains = ReadonlyMap<string, readonly string[]>;

export function familyDomains(families: readonly Pick<HostFamily, 'id' | 'domains'>[]): FamilyDomains {
  return new Map(families.map((f) => [f.id, f.domains]));
}

/** The host specs one family entry stands for; none when the family is unknown (validation reports that). */
export function familyHostSpecs(use: FamilyHosts, families: FamilyDomains): string[] {
  const domains = families.get(use.family) ?? [];
  const prefix = use.subdomain ? `${use.subdomain}.` : '';
  return domains.map((domain) => `${prefix}${domain}${use.path ?? ''}`);
}

export interface RuleReach {
  id: string;
  hosts: readonly string[];
  families?: readonly FamilyHosts[];
  exclude?: readonly string[];
}

/** Every host spec a rule covers: its own hosts, then its families' hosts, without repeats. */
export function expandedHosts(rule: RuleReach, families: FamilyDomains): string[] {
  const all = new Set(rule.hosts);
  for (const use of rule.families ?? []) for (const spec of familyHostSpecs(use, families)) all.add(spec);
  return [...all];
}

/** The rule in the form the matcher, the manifest and the shipped index take. */
export function matchableService(rule: RuleReach, families: FamilyDomains): { id: string; hosts: string[]; exclude: string[] } {
  return { id: rule.id, hosts: expandedHosts(rule, families), exclude: [...(rule.exclude ?? [])] };
}
